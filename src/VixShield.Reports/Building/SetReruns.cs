using VixShield.Core.Engine;
using VixShield.Core.Strategy;

namespace VixShield.Reports.Building;

/// <summary>
/// Re-runs of single sets, which a report needs in more detail than a sweep keeps (daily equity, trades). Backtests are
/// pure, so independent re-runs go to all cores and land in their input order: the same bits at any parallelism.
/// </summary>
internal static class SetReruns
{
    /// <summary>Runs every job, at most <paramref name="maxDegreeOfParallelism"/> at a time (-1 = all cores), each result in its job's slot.</summary>
    public static T[] InParallel<T>(IReadOnlyList<Func<T>> jobs, int maxDegreeOfParallelism, CancellationToken cancel)
    {
        var results = new T[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancel };
        Parallel.For(0, jobs.Count, options, i => results[i] = jobs[i]());
        return results;
    }

    /// <summary>The set over <paramref name="period"/> from <paramref name="capital"/> dollars, keeping its trades in <paramref name="trades"/> when given.</summary>
    public static BacktestResult Run(MarketContext market, StrategyParameters parameters, PeriodSnapshots period, double capital, TradeLog? trades = null) =>
        Backtest.Run(market, parameters, new BacktestOptions(capital, period.First, period.Last, trades));

    /// <summary>The same parameters with the ALVH hedge off (<c>hedge.max_layers</c> = 0).</summary>
    public static StrategyParameters HedgeOff(StrategyParameters parameters) => parameters with { HedgeMaxLayers = 0 };
}
