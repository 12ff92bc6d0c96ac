using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Reports;
using VixShield.Reports.Building;
using VixShield.Reports.Model;

namespace VixShield.Grid.Tests.Reports;

/// <summary>The report builder on real backtests: re-runs reproduce the sweep's bits, the walk-forward stitches, the pages come out byte for byte the same.</summary>
public sealed class BuildingReportTests(ReportDataset dataset)
{
    private static readonly ReportProvenance Provenance =
        new("report-test-0", "data", "synthetic, seed 11", TimeSpan.FromSeconds(3), 1, 2, new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    private SweepReport Build(int parallelism = -1, int details = 2) => ReportBuilder.Build(
        new ReportInput(dataset.Run.Sweep, dataset.Results, dataset.Run.Market, Provenance),
        new ReportOptions(TopRows: 100, DetailPages: details, MaxDegreeOfParallelism: parallelism), TestContext.Current.CancellationToken);

    [Fact]
    public void Detail_reruns_reproduce_the_sweeps_metrics_and_the_hedge_off_twin_opens_no_layer()
    {
        var report = Build();

        Assert.Equal(2, report.Details.Count);
        Assert.Equal(report.Results.Rows.Take(2).Select(r => r.SetIndex), report.Details.Select(d => d.SetIndex));
        foreach (var detail in report.Details)
        {
            // The re-run is the same pure function the worker ran: the same metrics, bit for bit.
            Assert.Equal(dataset.Results[detail.SetIndex].Metrics, detail.Hedged.Metrics);
            Assert.Equal(detail.Hedged.Metrics.Trades, detail.HedgedTrades.Condors.Count);
            Assert.Equal(0, detail.HedgeOff.Metrics.HedgeLayers);
            var off = Backtest.Run(dataset.Run.Market, dataset.Run.Sweep.Grid.At(detail.SetIndex) with { HedgeMaxLayers = 0 }, dataset.Run.Options);
            Assert.Equal(off.Metrics, detail.HedgeOff.Metrics);
            Assert.Equal(detail.Hedged.Dates, detail.VixDates);
            Assert.Equal(dataset.Run.Market.Tape.Series.Vix[dataset.Run.Options.FromSnapshot], detail.VixCloses[0]);
        }

        Assert.Equal((4L, 4L, 0L), (report.Summary.TotalSets, report.Summary.CompletedSets, report.Summary.FailedSets));
        Assert.Equal((new DateOnly(2019, 1, 2), new DateOnly(2021, 3, 31)), (report.Summary.PeriodFrom, report.Summary.PeriodTo));
    }

    [Fact]
    public void The_walk_forward_trades_each_windows_in_sample_best_from_the_previous_windows_last_equity()
    {
        var report = Build();
        var walk = report.WalkForward!;
        var tape = dataset.Run.Market.Tape;

        Assert.Equal(2, walk.Windows.Count);
        double capital = dataset.Run.Sweep.Capital;
        int offset = 0;
        foreach (var step in walk.Windows)
        {
            int k = step.Window.Number;
            long best = dataset.Results.OrderByDescending(r => r.WindowScores![k]).ThenBy(r => r.Index).First().Index;
            Assert.Equal(best, step.ChosenSetIndex);
            Assert.Equal(dataset.Results[best].WindowScores![k], step.InSampleScore);
            int first = Array.FindIndex(tape.Dates, d => d >= DateCode.FromDate(step.Window.OutOfSampleFrom));
            int last = Array.FindLastIndex(tape.Dates, d => d <= DateCode.FromDate(step.Window.OutOfSampleTo));
            // Alone, from the equity the previous window ended with: the same bits as its slice of the stitched curve.
            var alone = Backtest.Run(dataset.Run.Market, dataset.Run.Sweep.Grid.At(best), new BacktestOptions(capital, first, last));
            Assert.Equal(alone.Equity, walk.StitchedEquity[offset..(offset + alone.Equity.Length)]);
            Assert.Equal(alone.Dates, walk.Dates[offset..(offset + alone.Dates.Length)]);
            Assert.Equal(alone.Equity[^1] / capital - 1, step.OutOfSampleReturn, 15);
            capital = alone.Equity[^1];
            offset += alone.Equity.Length;
        }

        Assert.Equal(walk.Dates.Length, offset);
        Assert.True(walk.Dates.Zip(walk.Dates.Skip(1)).All(p => p.Item1 < p.Item2));
        Assert.Equal(report.Results.Rows[0].SetIndex, walk.InSampleOptimumSetIndex);
        Assert.Equal(walk.Dates.Length, walk.InSampleOptimumEquity.Length);
    }

    [Fact]
    public void Overfitting_statistics_come_from_the_workers_blocks_and_the_best_sets_rerun()
    {
        var report = Build();
        var overfitting = report.Overfitting;

        Assert.Null(overfitting.PboMissing);
        Assert.Equal((4, 16), (overfitting.Pbo!.StrategyCount, overfitting.Pbo.BlockCount));
        Assert.Null(overfitting.DeflatedSharpeMissing);
        Assert.Equal(4, overfitting.DeflatedSharpe!.Input.TrialCount);
        Assert.Equal(report.Details[0].Hedged.Equity.Length, overfitting.DeflatedSharpe.Input.ReturnCount);
        Assert.Equal(report.Results.Rows[0].SetIndex, overfitting.BestSetIndex);
    }

    [Fact]
    public void The_same_results_give_byte_identical_pages_at_any_parallelism()
    {
        string one = dataset.NewFolder(), all = dataset.NewFolder();

        ReportWriter.Write(Build(parallelism: 1), one);
        ReportWriter.Write(Build(parallelism: -1), all);

        string[] pages = Directory.GetFiles(one).Select(Path.GetFileName).Order().ToArray()!;
        Assert.Equal(Directory.GetFiles(all).Select(Path.GetFileName).Order(), pages);
        Assert.Contains("index.html", pages);
        Assert.Equal(3, pages.Length);
        foreach (string page in pages)
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, page)), File.ReadAllBytes(Path.Combine(all, page)));
    }
}
