using VixShield.Core.Engine;
using VixShield.Core.Strategy;

namespace VixShield.Reports.Building;

/// <summary>
/// Trades one set per walk-forward window on that window's out-of-sample snapshots, each window starting from the
/// previous one's last equity (the first from the sweep's capital): positions still open at a window's end are valued
/// at mid and the next window starts flat, so every window's result is its own set's alone.
/// </summary>
internal static class WalkForwardChain
{
    public static BacktestResult[] Run(MarketContext market, IReadOnlyList<(StrategyParameters Parameters, PeriodSnapshots Period)> windows, double capital)
    {
        var results = new BacktestResult[windows.Count];
        for (int k = 0; k < windows.Count; k++)
        {
            results[k] = SetReruns.Run(market, windows[k].Parameters, windows[k].Period, capital);
            capital = results[k].Equity[^1];
        }

        return results;
    }

    /// <summary>The windows' dates and equity end to end, dollars.</summary>
    public static (int[] Dates, double[] Equity) Stitch(IReadOnlyList<BacktestResult> windows) =>
        (windows.SelectMany(w => w.Dates).ToArray(), windows.SelectMany(w => w.Equity).ToArray());
}
