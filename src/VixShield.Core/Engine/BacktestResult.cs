namespace VixShield.Core.Engine;

/// <summary>Everything one backtest produces: metrics, the daily equity curve, and per-year returns.</summary>
/// <param name="Dates">Snapshot dates (yyyymmdd) of the run, one per equity value.</param>
/// <param name="Equity">Equity after each snapshot's step, dollars, marks at mid.</param>
/// <param name="Years">Calendar years covered, ascending.</param>
/// <param name="YearlyReturns">Return of each year in <paramref name="Years"/>, from the previous year's last equity (or the starting capital).</param>
public sealed record BacktestResult(BacktestMetrics Metrics, int[] Dates, double[] Equity, int[] Years, double[] YearlyReturns, double StartingCapital)
{
    /// <summary>Daily returns, fractions: equity[t] / equity[t−1] − 1, the first from the starting capital.</summary>
    public double[] DailyReturns()
    {
        var returns = new double[Equity.Length];
        Core.Metrics.EquityCurve.DailyReturns(Equity, StartingCapital, returns);
        return returns;
    }

    /// <summary>Drawdown after each snapshot as a fraction of the running peak (0 at a new high).</summary>
    public double[] Drawdowns()
    {
        var drawdowns = new double[Equity.Length];
        double peak = StartingCapital;
        for (int i = 0; i < Equity.Length; i++)
        {
            peak = Math.Max(peak, Equity[i]);
            drawdowns[i] = 1 - Equity[i] / peak;
        }

        return drawdowns;
    }
}
