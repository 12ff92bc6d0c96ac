using VixShield.Core.Market;
using VixShield.Core.Metrics;

namespace VixShield.Core.Engine;

/// <summary>Turns a finished run's equity curve and ledger into its <see cref="BacktestResult"/>.</summary>
internal static class BacktestResults
{
    public static BacktestResult Build(MarketTape tape, int from, int to, double capital, double[] equity, Ledger ledger, int hedgeLayers)
    {
        var days = tape.DayNumbers.AsSpan(from, to - from + 1);
        var curve = EquityCurve.Measure(equity, days, capital, tape.Series.Rate.AsSpan(from, to - from + 1));
        double irr = Xirr.Compute(ledger.FlowDays, ledger.FlowAmounts);
        var trades = ledger.TradeResults;
        double wins = 0, losses = 0, worst = double.NaN;
        int winners = 0;
        foreach (double result in trades)
        {
            if (result > 0)
            {
                wins += result;
                winners++;
            }
            else
            {
                losses -= result;
            }

            worst = double.IsNaN(worst) ? result : Math.Min(worst, result);
        }

        int count = trades.Length;
        var metrics = new BacktestMetrics(
            Irr: irr,
            Cagr: curve.Cagr,
            MaxDrawdown: curve.MaxDrawdown,
            MaxDrawdownDays: curve.MaxDrawdownDays,
            Sharpe: curve.Sharpe,
            Sortino: curve.Sortino,
            Calmar: curve.Calmar,
            WinRate: count == 0 ? double.NaN : (double)winners / count,
            ProfitFactor: losses > 0 ? wins / losses : double.NaN,
            AvgTrade: count == 0 ? double.NaN : (wins - losses) / count,
            WorstTrade: worst,
            Cvar95: curve.Cvar95,
            HedgeCostShare: ledger.CondorCreditCollected > 0 ? ledger.HedgePremiumSpent / ledger.CondorCreditCollected : double.NaN,
            Trades: count,
            HedgeLayers: hedgeLayers,
            FinalEquity: equity[^1]);
        var dates = tape.Dates.AsSpan(from, to - from + 1).ToArray();
        var (years, yearly) = YearlyReturns(dates, equity, capital);
        return new BacktestResult(metrics, dates, equity, years, yearly, capital);
    }

    /// <summary>Each calendar year's return: its last equity over the previous year's last equity (the starting capital for the first year).</summary>
    private static (int[] Years, double[] Returns) YearlyReturns(int[] dates, double[] equity, double capital)
    {
        var years = new List<int>();
        var returns = new List<double>();
        double start = capital;
        for (int i = 0; i < dates.Length; i++)
        {
            bool lastOfYear = i == dates.Length - 1 || dates[i + 1] / 10000 != dates[i] / 10000;
            if (!lastOfYear)
                continue;
            years.Add(dates[i] / 10000);
            returns.Add(equity[i] / start - 1);
            start = equity[i];
        }

        return (years.ToArray(), returns.ToArray());
    }
}
