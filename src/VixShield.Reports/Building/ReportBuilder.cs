using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;
using VixShield.Reports.Model;
using VixShield.Sweeps;

namespace VixShield.Reports.Building;

/// <summary>
/// Builds a sweep's <see cref="SweepReport"/> from its results: the ranked table, heatmaps, sensitivities, the Pareto
/// scatter and the overfitting statistics from the stored metrics and blocks; the top sets' curves, trades and hedge-off
/// twins and the walk-forward by re-running them (in parallel, pure, so the same input gives the same model bits).
/// </summary>
public static class ReportBuilder
{
    /// <exception cref="ParameterException">No snapshot of the dataset falls in the sweep's period.</exception>
    public static SweepReport Build(ReportInput input, ReportOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ReportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.TopRows);
        ArgumentOutOfRangeException.ThrowIfNegative(options.DetailPages);
        var sweep = input.Sweep;
        var tape = input.Market.Tape;
        var period = PeriodSnapshots.Of(tape, sweep.From, sweep.To)
            ?? throw new ParameterException("period", $"no snapshot of {tape.Name} falls in the sweep's period");
        var points = new SweepPoints(sweep, input.Results);

        var table = ResultsTableBuilder.Build(points, input.Results.Count, options.TopRows, options.DetailPages);
        int[] detailRows = points.Ranked.Take(Math.Min(options.TopRows, options.DetailPages)).ToArray();
        var (plan, _) = WalkForwardPlan.Of(points, tape, period);
        var runs = Rerun(input, points, period, detailRows, plan, options.MaxDegreeOfParallelism, cancel);

        var ranks = table.Rows.ToDictionary(r => r.SetIndex, r => r.Rank!.Value);
        return new SweepReport(
            Summary(input, points, tape, period),
            table,
            HeatmapBuilder.Build(points, options.HeatmapX, options.HeatmapY),
            SensitivityBuilder.Build(points),
            ParetoFront.Build(points, ranks),
            OverfittingBuilder.Build(points, runs.Best, options.MaxDegreeOfParallelism, cancel),
            plan is null ? null : WalkForward(points, plan, runs),
            runs.Details);
    }

    private static ReportSummary Summary(ReportInput input, SweepPoints points, MarketTape tape, PeriodSnapshots period)
    {
        var sweep = input.Sweep;
        var provenance = input.Provenance;
        return new ReportSummary(
            sweep.Name, provenance.SweepId, Path.GetFileName(sweep.SourcePath), sweep.SourceText,
            provenance.DatasetName, provenance.DatasetSource,
            DateCode.ToDate(tape.Dates[period.First]), DateCode.ToDate(tape.Dates[period.Last]),
            sweep.Capital, sweep.Grid.Count, points.Count, input.Results.Count(r => r.Metrics is null),
            sweep.RankBy.ToString(), sweep.Constraints.Select(c => c.ToString()).ToArray(),
            provenance.WallTime, provenance.Nodes, provenance.Cores, provenance.GeneratedAt);
    }

    private sealed record Reruns(IReadOnlyList<SetDetail> Details, BacktestResult? Best, BacktestResult[] Stitched, BacktestResult[] Optimum);

    /// <summary>
    /// Every re-run as one job list: per detail set its hedged run (with trades) and its hedge-off twin, the rank-1 set
    /// when it has no detail page (for the DSR's moments), and the two walk-forward chains.
    /// </summary>
    private static Reruns Rerun(
        ReportInput input, SweepPoints points, PeriodSnapshots period, int[] detailRows, WalkForwardPlan? plan, int parallelism, CancellationToken cancel)
    {
        var market = input.Market;
        double capital = input.Sweep.Capital;
        var grid = input.Sweep.Grid;
        var logs = detailRows.Select(_ => new TradeLog()).ToArray();
        var jobs = new List<Func<BacktestResult[]>>();
        for (int d = 0; d < detailRows.Length; d++)
        {
            var parameters = grid.At(points.Indices[detailRows[d]]);
            var log = logs[d];
            jobs.Add(() => [SetReruns.Run(market, parameters, period, capital, log)]);
            jobs.Add(() => [SetReruns.Run(market, SetReruns.HedgeOff(parameters), period, capital)]);
        }

        bool bestSeparately = detailRows.Length == 0 && points.Ranked.Length > 0;
        if (bestSeparately)
        {
            var parameters = grid.At(points.Indices[points.Ranked[0]]);
            jobs.Add(() => [SetReruns.Run(market, parameters, period, capital)]);
        }

        if (plan is not null)
        {
            var chosen = plan.Steps.Select(s => (grid.At(points.Indices[s.Row]), s.OutOfSample)).ToArray();
            var optimum = grid.At(points.Indices[points.BestRow()]);
            jobs.Add(() => WalkForwardChain.Run(market, chosen, capital));
            jobs.Add(() => WalkForwardChain.Run(market, plan.Steps.Select(s => (optimum, s.OutOfSample)).ToArray(), capital));
        }

        var results = SetReruns.InParallel(jobs, parallelism, cancel);
        int[] vixDates = market.Tape.Dates[period.First..(period.Last + 1)];
        double[] vixCloses = market.Tape.Series.Vix[period.First..(period.Last + 1)];
        var details = detailRows.Select((row, d) => new SetDetail(
            points.Indices[row], d + 1, ResultsTableBuilder.DetailPageName(points.Indices[row]), points.TextsOf(row),
            results[2 * d][0], logs[d], results[(2 * d) + 1][0], vixDates, vixCloses)).ToArray();
        var best = details.Length > 0 ? details[0].Hedged : bestSeparately ? results[2 * detailRows.Length][0] : null;
        return plan is null
            ? new Reruns(details, best, [], [])
            : new Reruns(details, best, results[^2], results[^1]);
    }

    private static WalkForwardReport WalkForward(SweepPoints points, WalkForwardPlan plan, Reruns runs)
    {
        double capital = points.Sweep.Capital;
        var steps = plan.Steps.Select((s, k) => new WalkForwardStep(
            s.Window, points.Indices[s.Row], points.TextsOf(s.Row), s.InSampleScore,
            runs.Stitched[k].Equity[^1] / (k == 0 ? capital : runs.Stitched[k - 1].Equity[^1]) - 1)).ToArray();
        var (dates, stitched) = WalkForwardChain.Stitch(runs.Stitched);
        var (_, optimum) = WalkForwardChain.Stitch(runs.Optimum);
        return new WalkForwardReport(steps, dates, stitched, optimum, points.Indices[points.BestRow()]);
    }
}
