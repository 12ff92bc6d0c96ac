namespace VixShield.Core.Engine;

/// <summary>How to run one backtest: capital, which snapshots, and whether to keep trade-level detail.</summary>
/// <param name="StartingCapital">Dollars.</param>
/// <param name="FromSnapshot">First snapshot index (inclusive).</param>
/// <param name="ToSnapshot">Last snapshot index (inclusive); -1 for the tape's last.</param>
/// <param name="Recorder">Receives every fill, closed condor and hedge layer; null in sweeps, which need only metrics.</param>
public sealed record BacktestOptions(double StartingCapital = 1_000_000, int FromSnapshot = 0, int ToSnapshot = -1, ITradeRecorder? Recorder = null)
{
    public static BacktestOptions Default { get; } = new();
}
