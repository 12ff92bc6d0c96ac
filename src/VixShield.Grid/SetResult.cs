using VixShield.Core.Engine;

namespace VixShield.Grid;

/// <summary>The outcome of one parameter set: its metrics, or the error that kept it from running (e.g. a cross-parameter rule).</summary>
/// <param name="Index">The set's index in the sweep's <see cref="Sweeps.ParameterGrid"/>.</param>
public sealed record SetResult(long Index, BacktestMetrics? Metrics, string? Error)
{
    public static SetResult Ok(long index, BacktestMetrics metrics) => new(index, metrics, null);

    public static SetResult Failed(long index, string error) => new(index, null, error);
}
