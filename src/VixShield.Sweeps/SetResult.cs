using VixShield.Core.Engine;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Sweeps;

/// <summary>The outcome of one parameter set: its metrics, or the error that kept it from running (e.g. a cross-parameter rule).</summary>
/// <param name="Index">The set's index in the sweep's <see cref="ParameterGrid"/>.</param>
public sealed record SetResult(long Index, BacktestMetrics? Metrics, string? Error)
{
    /// <summary>
    /// The statistics of the set's daily returns (fractions) in <see cref="ReturnBlocks.DefaultBlockCount"/> contiguous
    /// blocks of the sweep's period, what Probability of Backtest Overfitting recombines; null for a failed set.
    /// </summary>
    public BlockReturnStats[]? Blocks { get; init; }

    /// <summary>
    /// The sweep's rank_by score (<see cref="Ranking.RankBy.ScoreOf"/>: higher is better, the metric negated for a
    /// <c>-metric</c>) of this set run alone on each walk-forward in-sample window, in window order (NaN where the
    /// metric is undefined); null when the sweep has no <c>walk_forward</c>.
    /// </summary>
    public double[]? WindowScores { get; init; }

    public static SetResult Ok(long index, BacktestMetrics metrics) => new(index, metrics, null);

    public static SetResult Failed(long index, string error) => new(index, null, error);
}
