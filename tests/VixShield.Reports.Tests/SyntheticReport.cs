using System.Globalization;
using VixShield.Core.Engine;
using VixShield.Core.Strategy;
using VixShield.Reports.Model;
using VixShield.Sweeps.OutOfSample;
using VixShield.Sweeps.Overfitting;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Tests;

/// <summary>
/// A report model filled with synthetic but realistic numbers: a product grid of four axes whose metrics vary smoothly
/// with the axes plus seeded noise, ranked and constrained by the real Sweeps code, with real DSR/PBO/walk-forward
/// windows, and detail pages with sine-ish equity, condors every five days and hedge layers. Same arguments, same model.
/// </summary>
internal static class SyntheticReport
{
    public const double Capital = 1_000_000;
    public const string RankBy = "irr";
    public const string Constraint = "max_drawdown <= 0.3";
    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public static readonly string[] AxisNames = ["entry.wing_width", "hedge.increment", "filter.rsi_low", "hedge.term_ratio"];

    /// <param name="shape">Values per axis, in <see cref="AxisNames"/> order; the grid is their product.</param>
    public static SweepReport Build(int[] shape, int topN = 10, int details = 3, int years = 3, bool walkForward = true, int pboStrategies = 40)
    {
        var axisValues = AxisValueTexts(shape);
        long total = shape.Aggregate(1L, (a, b) => a * b);
        var metrics = new BacktestMetrics?[total];
        var errors = new string?[total];
        for (long i = 0; i < total; i++)
        {
            // Every 23rd set breaks a cross-parameter rule, as a real grid's corner may.
            if (i % 23 == 22)
                errors[i] = "filter.rsi_low 35 is above filter.rsi_high 30";
            else
                metrics[i] = MetricsOf(i, Coordinates(i, shape));
        }

        var rankBy = Sweeps.Ranking.RankBy.Parse(RankBy);
        var constraints = new[] { Sweeps.Ranking.Constraint.Parse(Constraint) };
        var ranked = Leaderboard.Rank(Completed(metrics), rankBy, constraints);
        var top = ranked.Take(topN).ToArray();
        var rankOf = top.Select((s, r) => (s.Index, Rank: r + 1)).ToDictionary(x => x.Index, x => x.Rank);
        var detailSets = top.Take(details).ToArray();
        var pageOf = detailSets.ToDictionary(s => s.Index, s => PageName(s.Index));

        var rows = top.Select((s, r) => new ResultRow(s.Index, r + 1, AxisTexts(s.Index, shape, axisValues),
                MetricTable.Names.Select(n => (double?)MetricTable.ValueOf(s.Metrics, n)).ToArray(), true, null, pageOf.GetValueOrDefault(s.Index)))
            .Concat(Enumerable.Range(0, (int)Math.Min(total, 2 * 23L)).Where(i => errors[i] is not null).Select(i =>
                new ResultRow(i, null, AxisTexts(i, shape, axisValues), MetricTable.Names.Select(_ => (double?)null).ToArray(), false, errors[i], null)))
            .ToArray();
        var results = new ResultsTable(AxisNames, MetricTable.Names, rows, total - rows.Length);

        long best = top.Length > 0 ? top[0].Index : 0;
        var bestAt = Coordinates(best, shape);
        var heatmaps = new[] { ("irr", true), ("max_drawdown", false), ("sharpe", true) }
            .Select(m => HeatmapOf(m.Item1, m.Item2, metrics, shape, axisValues, bestAt)).ToArray();
        var sensitivities = Enumerable.Range(0, shape.Length).Select(a => SensitivityOf(a, metrics, shape, axisValues)).ToArray();
        var scatter = ScatterOf(metrics, rankOf);

        var period = (From: new DateOnly(2021, 1, 4), To: new DateOnly(2021 + years - 1, 12, 31));
        var dates = TradingDays(period.From, period.To);
        var overfitting = OverfittingOf(metrics, best, dates.Length, pboStrategies);
        var summary = new ReportSummary("alvh-wings", "alvh-wings-20261203", "alvh-wings.yaml", SweepFileText(shape, axisValues),
            "default", "synthetic SPX/VIX market, seed 1 (vixshield data generate)", period.From, period.To, Capital,
            total, total - errors.Count(e => e is not null), errors.Count(e => e is not null), RankBy, [Constraint],
            TimeSpan.FromSeconds(31.4), 1, 2, GeneratedAt);
        var detailPages = detailSets.Select((s, r) => DetailOf(s.Index, r + 1, s.Metrics, AxisTexts(s.Index, shape, axisValues), dates)).ToArray();
        var walk = walkForward ? WalkForwardOf(period.From, period.To, dates, ranked, shape, axisValues) : null;
        return new SweepReport(summary, results, heatmaps, sensitivities, scatter, overfitting, walk, detailPages);
    }

    public static string PageName(long index) => string.Create(CultureInfo.InvariantCulture, $"set-{index:000000}.html");

    private static IEnumerable<(long Index, BacktestMetrics Metrics)> Completed(BacktestMetrics?[] metrics)
    {
        for (long i = 0; i < metrics.Length; i++)
        {
            if (metrics[i] is { } m)
                yield return (i, m);
        }
    }

    private static string[][] AxisValueTexts(int[] shape) =>
    [
        Enumerable.Range(0, shape[0]).Select(k => (25 + 25 * k).ToString(CultureInfo.InvariantCulture)).ToArray(),
        Enumerable.Range(0, shape[1]).Select(k => (0.10m + 0.05m * k).ToString(CultureInfo.InvariantCulture)).ToArray(),
        Enumerable.Range(0, shape[2]).Select(k => (20 + 2 * k).ToString(CultureInfo.InvariantCulture)).ToArray(),
        Enumerable.Range(0, shape[3]).Select(k => (0.90m + 0.02m * k).ToString(CultureInfo.InvariantCulture)).ToArray(),
    ];

    /// <summary>Mixed radix, last axis fastest, as <c>ParameterGrid</c> expands a product.</summary>
    private static int[] Coordinates(long index, int[] shape)
    {
        var at = new int[shape.Length];
        for (int a = shape.Length - 1; a >= 0; a--)
        {
            at[a] = (int)(index % shape[a]);
            index /= shape[a];
        }

        return at;
    }

    private static long IndexOf(int[] at, int[] shape)
    {
        long index = 0;
        for (int a = 0; a < shape.Length; a++)
            index = index * shape[a] + at[a];
        return index;
    }

    private static string[] AxisTexts(long index, int[] shape, string[][] values)
    {
        var at = Coordinates(index, shape);
        return at.Select((k, a) => values[a][k]).ToArray();
    }

    /// <summary>A uniform number in [0, 1) from a set index and a stream, SplitMix64-style: no shared random state.</summary>
    private static double Noise(long index, int stream)
    {
        ulong z = unchecked((ulong)index * 0x9E3779B97F4A7C15UL + (ulong)stream * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static BacktestMetrics MetricsOf(long index, int[] at)
    {
        double wing = 25 + 25 * at[0];
        double increment = 0.10 + 0.05 * at[1];
        double rsi = 20 + 2 * at[2];
        double irr = 0.06 + 0.05 * Math.Sin(wing / 160 * Math.PI) - 0.4 * Math.Pow(increment - 0.22, 2) + 0.002 * (rsi - 24) / 4 + 0.02 * (Noise(index, 1) - 0.5);
        double drawdown = 0.10 + 0.0012 * wing - 0.25 * increment + 0.03 * Noise(index, 2);
        drawdown = Math.Clamp(drawdown, 0.02, 0.6);
        double sharpe = irr / 0.09 + 0.2 * (Noise(index, 3) - 0.5);
        double cagr = irr * 0.55;
        int trades = 140 + (int)(20 * Noise(index, 4));
        double winRate = 0.7 + 0.15 * Noise(index, 5);
        double profitFactor = index % 13 == 0 ? double.NaN : 1.1 + 0.8 * Noise(index, 6);
        return new BacktestMetrics(irr, cagr, drawdown, 40 + (int)(200 * Noise(index, 7)), sharpe, sharpe * 1.3, cagr / drawdown,
            winRate, profitFactor, 900 * irr / 0.1, -25_000 - 40_000 * Noise(index, 8), -0.012 - 0.01 * Noise(index, 9),
            0.05 + 0.4 * increment, trades, 20 + (int)(100 * increment), Capital * Math.Pow(1 + cagr, 3));
    }

    private static Heatmap HeatmapOf(string metric, bool higherIsBetter, BacktestMetrics?[] metrics, int[] shape, string[][] values, int[] bestAt)
    {
        var cells = new double[shape[0] * shape[1]];
        var at = (int[])bestAt.Clone();
        for (int y = 0; y < shape[1]; y++)
        {
            for (int x = 0; x < shape[0]; x++)
            {
                at[0] = x;
                at[1] = y;
                var m = metrics[IndexOf(at, shape)];
                cells[y * shape[0] + x] = m is null ? double.NaN : MetricTable.ValueOf(m, metric);
            }
        }

        var fixedAxes = Enumerable.Range(2, shape.Length - 2).Select(a => new AxisSetting(AxisNames[a], values[a][bestAt[a]])).ToArray();
        return new Heatmap(metric, AxisNames[0], values[0], AxisNames[1], values[1], cells, fixedAxes, higherIsBetter);
    }

    private static AxisSensitivity SensitivityOf(int axis, BacktestMetrics?[] metrics, int[] shape, string[][] values)
    {
        var byValue = Enumerable.Range(0, shape[axis]).Select(_ => new List<double>()).ToArray();
        for (long i = 0; i < metrics.Length; i++)
        {
            if (metrics[i] is { } m)
                byValue[Coordinates(i, shape)[axis]].Add(m.Irr);
        }

        double Median(List<double> v)
        {
            if (v.Count == 0) return double.NaN;
            var s = v.Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
        }

        return new AxisSensitivity(AxisNames[axis], "irr", true, values[axis],
            byValue.Select(v => v.Count == 0 ? double.NaN : v.Max()).ToArray(), byValue.Select(Median).ToArray(), byValue.Select(v => (long)v.Count).ToArray());
    }

    private static RiskReturnScatter ScatterOf(BacktestMetrics?[] metrics, Dictionary<long, int> rankOf)
    {
        var completed = Completed(metrics).ToArray();
        // Pareto front: walking from the shallowest drawdown, a set is on it when its IRR beats every shallower set's.
        var front = new HashSet<long>();
        double bestIrr = double.NegativeInfinity;
        foreach (var (index, m) in completed.OrderBy(s => s.Metrics.MaxDrawdown).ThenByDescending(s => s.Metrics.Irr))
        {
            if (m.Irr > bestIrr)
            {
                front.Add(index);
                bestIrr = m.Irr;
            }
        }

        return new RiskReturnScatter(completed.Select(s => new ScatterPoint(s.Index, s.Metrics.Irr, s.Metrics.MaxDrawdown, front.Contains(s.Index),
            rankOf.TryGetValue(s.Index, out int r) ? r : null)).ToArray());
    }

    private static int[] TradingDays(DateOnly from, DateOnly to)
    {
        var dates = new List<int>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                dates.Add(d.Year * 10000 + d.Month * 100 + d.Day);
        }

        return dates.ToArray();
    }

    private static double[] DailyReturns(long set, int count, double edge)
    {
        var returns = new double[count];
        for (int t = 0; t < count; t++)
        {
            // Two uniforms summed: a bell-ish daily return of about 0.6% spread.
            double shock = (Noise(set * 7919 + t, 11) + Noise(set * 7919 + t, 12) - 1) * 0.015;
            returns[t] = edge / 252 + shock;
        }

        return returns;
    }

    private static OverfittingDiagnostics OverfittingOf(BacktestMetrics?[] metrics, long best, int days, int strategies)
    {
        var completed = Completed(metrics).ToArray();
        if (completed.Length < 2)
            return new OverfittingDiagnostics(null, null, "fewer than two sets completed", null, "fewer than two sets completed");
        var sharpes = completed.Select(s => s.Metrics.Sharpe).ToArray();
        double mean = sharpes.Average();
        double variance = sharpes.Sum(s => (s - mean) * (s - mean)) / (sharpes.Length - 1);
        var bestReturns = DailyReturns(best, days, metrics[best]!.Irr);
        var moments = ReturnMoments.Of(bestReturns);
        var dsr = DeflatedSharpe.Compute(DeflatedSharpeInput.FromAnnualized(moments.SharpePerPeriod * Math.Sqrt(252), variance, 252,
            moments.Count, moments.Skewness, moments.Kurtosis, completed.Length));
        var blocks = completed.Take(strategies).Select(s => ReturnBlocks.Split(DailyReturns(s.Index, days, s.Metrics.Irr))).ToArray();
        var pbo = ProbabilityOfBacktestOverfitting.Compute(blocks, maxDegreeOfParallelism: 1);
        return new OverfittingDiagnostics(best, dsr, null, pbo, null);
    }

    private static SetDetail DetailOf(long index, int rank, BacktestMetrics metrics, string[] axisTexts, int[] dates)
    {
        var hedged = EquityOf(dates, metrics.Cagr, 0.06, crashDepth: 0.05);
        var off = EquityOf(dates, metrics.Cagr + 0.02, 0.06, crashDepth: 0.16);
        var offMetrics = metrics with
        {
            Irr = metrics.Irr + 0.015, Cagr = metrics.Cagr + 0.02, MaxDrawdown = metrics.MaxDrawdown * 1.8,
            Sharpe = metrics.Sharpe * 0.8, HedgeLayers = 0, HedgeCostShare = 0, FinalEquity = off[^1],
        };
        var trades = new TradeLog();
        for (int t = 0, id = 1; t + 20 < dates.Length; t += 5, id++)
        {
            double pnl = Noise(index * 1000 + id, 21) < 0.8 ? 1_200 + 800 * Noise(index * 1000 + id, 22) : -6_000 * Noise(index * 1000 + id, 23);
            trades.OnCondorClosed(new ClosedCondor(id, dates[t], dates[t + 20], 10, 2.35 + Noise(id, 24), pnl,
                pnl > 0 ? FillReason.ProfitTarget : FillReason.StopLoss));
        }

        for (int t = 10, id = 1; t + 30 < dates.Length; t += 37, id++)
        {
            bool futures = id % 4 == 0;
            double premium = futures ? 0 : 8_000 + 4_000 * Noise(id, 31);
            double pnl = id % 3 == 0 ? 12_000 * Noise(id, 32) : -premium * 0.7;
            trades.OnHedgeLayerClosed(new HedgeLayerRecord(id, futures ? HedgeInstrument.Futures : HedgeInstrument.Calls, dates[t],
                dates[t + 15 + id % 3 * 7], dates[Math.Min(t + 40, dates.Length - 1)], futures ? 0 : 25, 40, 1.6, Math.Max(0, 1.1 + pnl / 4000), premium, 60_000, pnl,
                pnl > 0 ? FillReason.HedgeTakeProfit : FillReason.HedgeNoLongerNeeded));
        }

        var vix = dates.Select((_, t) => 17 + 4 * Math.Sin(t / 40.0) + (t % 300 is > 200 and < 230 ? 18 * Math.Sin((t % 300 - 200) / 30.0 * Math.PI) : 0)).ToArray();
        return new SetDetail(index, rank, PageName(index), axisTexts, ResultOf(metrics, dates, hedged), trades, ResultOf(offMetrics, dates, off), dates, vix);
    }

    /// <summary>Growth at <paramref name="growth"/> a year with a sine wiggle and a crash two-thirds of the way through.</summary>
    private static double[] EquityOf(int[] dates, double growth, double wiggle, double crashDepth)
    {
        var equity = new double[dates.Length];
        int crash = dates.Length * 2 / 3;
        for (int t = 0; t < dates.Length; t++)
        {
            double dip = t < crash ? 0 : crashDepth * Math.Exp(-(t - crash) / 60.0);
            equity[t] = Capital * Math.Exp(Math.Log(1 + growth) * t / 252 + wiggle * Math.Sin(t / 35.0) * 0.2) * (1 - dip);
        }

        return equity;
    }

    private static BacktestResult ResultOf(BacktestMetrics metrics, int[] dates, double[] equity)
    {
        var years = dates.Select(d => d / 10000).Distinct().ToArray();
        var yearly = new double[years.Length];
        double previous = Capital;
        for (int y = 0; y < years.Length; y++)
        {
            int last = Array.FindLastIndex(dates, d => d / 10000 == years[y]);
            yearly[y] = equity[last] / previous - 1;
            previous = equity[last];
        }

        return new BacktestResult(metrics with { FinalEquity = equity[^1] }, dates, equity, years, yearly, Capital);
    }

    private static WalkForwardReport WalkForwardOf(DateOnly from, DateOnly to, int[] dates, IReadOnlyList<(long Index, BacktestMetrics Metrics)> ranked, int[] shape, string[][] values)
    {
        var windows = new WalkForwardSpec(1, 1).Windows(from, to);
        var steps = new List<WalkForwardStep>();
        var stitchedDates = new List<int>();
        var stitched = new List<double>();
        var optimum = new List<double>();
        double equity = Capital, optimumEquity = Capital;
        foreach (var w in windows)
        {
            var (chosen, m) = ranked[Math.Min(w.Number * 3 + 1, ranked.Count - 1)];
            int first = w.OutOfSampleFrom.Year * 10000 + w.OutOfSampleFrom.Month * 100 + w.OutOfSampleFrom.Day;
            int last = w.OutOfSampleTo.Year * 10000 + w.OutOfSampleTo.Month * 100 + w.OutOfSampleTo.Day;
            double start = equity;
            foreach (int d in dates.Where(d => d >= first && d <= last))
            {
                equity *= 1 + m.Cagr * 0.6 / 252 + 0.004 * Math.Sin(d / 37.0);
                optimumEquity *= 1 + ranked[0].Metrics.Cagr / 252 + 0.004 * Math.Sin(d / 29.0);
                stitchedDates.Add(d);
                stitched.Add(equity);
                optimum.Add(optimumEquity);
            }

            steps.Add(new WalkForwardStep(w, chosen, AxisTexts(chosen, shape, values), m.Irr * 1.2, equity / start - 1));
        }

        return new WalkForwardReport(steps, stitchedDates.ToArray(), stitched.ToArray(), optimum.ToArray(), ranked[0].Index);
    }

    private static string SweepFileText(int[] shape, string[][] values) =>
        "name: alvh-wings\ndata: ../data/default\nperiod: { from: 2021-01-04 }\ncapital: 1000000\n" +
        "base: { entry.short_delta: 0.16, exit.profit_target: 0.5 }\ngrid:\n" +
        string.Concat(AxisNames.Select((a, i) => $"  {a}: [{string.Join(", ", values[i])}]\n")) +
        $"rank_by: {RankBy}\nconstraints: [ \"{Constraint}\" ]\nwalk_forward: {{ in_sample_years: 1, out_of_sample_years: 1 }}\n# <script>alert('escaped')</script> & friends\n";
}
