using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Sweeps;

namespace VixShield.Reports.Tests;

/// <summary>Hand-made sweeps and results for the builder's tests: a real parsed sweep file, metrics chosen so every figure can be checked by hand.</summary>
internal static class BuildingSweeps
{
    /// <summary>8 sets, the last axis fastest: index = 4·wing + 2·increment + delta (each 0 or 1).</summary>
    public const string Text = """
        name: hand
        data: data
        grid:
          entry.wing_width: [25, 50]
          hedge.increment: [0.2, 0.3]
          entry.short_delta: [0.1, 0.16]
        constraints: [ "max_drawdown <= 0.3" ]
        """;

    public static SweepDefinition Sweep(string text = Text) => SweepFile.Parse(text, Path.Combine(Path.GetTempPath(), "hand.yaml"));

    public static BacktestMetrics Metrics(double irr, double maxDrawdown, double sharpe = 1) => new(
        irr, irr, maxDrawdown, 10, sharpe, sharpe, irr / maxDrawdown, 0.8, 2, 100, -500, -0.01, 0.1, 20, 3, 1_000_000 * (1 + irr));

    /// <summary>
    /// A tape of every weekday from <paramref name="from"/> to <paramref name="to"/> with flat index levels and no options:
    /// enough for the builder's calendar arithmetic (windows, periods), not for trading.
    /// </summary>
    public static MarketTape Calendar(DateOnly from, DateOnly to)
    {
        var dates = new List<int>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                dates.Add(DateCode.FromDate(day));
        }

        int n = dates.Count;
        double[] Flat(double value) => Enumerable.Repeat(value, n).ToArray();
        var series = new MarketSeries(Flat(4000), Flat(4010), Flat(3990), Flat(4000), Flat(15), Flat(17), new int[n], new int[n], Flat(0.03));
        return new MarketTape("calendar", dates.ToArray(), series, OptionChains.Empty(n), VixFutureCurve.Empty(n), OptionChains.Empty(n));
    }
}
