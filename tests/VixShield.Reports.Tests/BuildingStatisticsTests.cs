using VixShield.Core.Engine;
using VixShield.Reports.Building;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Reports.Tests;

/// <summary>The builder's numbers on hand-made results, each checked against a hand computation.</summary>
public sealed class BuildingStatisticsTests
{
    // irr, drawdown, sharpe per set index (wing, increment, delta): set 5 (50, 0.2, 0.16) is the best meeting the
    // constraint (set 6 has a higher IRR but a 40% drawdown); set 7 failed.
    private static readonly (double Irr, double Drawdown, double Sharpe)?[] Hand =
    [
        (0.05, 0.10, 0.5), (0.06, 0.12, 1.0), (0.04, 0.20, 1.5), (0.07, 0.25, 2.0),
        (0.08, 0.15, 2.5), (0.10, 0.18, 3.0), (0.12, 0.40, 3.5), null,
    ];

    private static SetResult[] Results() => Hand.Select((h, i) => h is { } m
        ? SetResult.Ok(i, BuildingSweeps.Metrics(m.Irr, m.Drawdown, m.Sharpe))
        : SetResult.Failed(i, "entry.dte_min above entry.dte_max")).ToArray();

    [Fact]
    public void The_pareto_front_keeps_points_no_other_beats_and_equal_points_together()
    {
        (double, double)[] points = [(0.10, 0.20), (0.12, 0.25), (0.08, 0.15), (0.09, 0.22), (0.12, 0.25), (0.12, 0.30), (0.05, 0.15)];

        bool[] front = ParetoFront.OnFront(points);

        // (0.09, 0.22) loses to (0.10, 0.20); (0.12, 0.30) to (0.12, 0.25); (0.05, 0.15) to (0.08, 0.15).
        Assert.Equal([true, true, true, false, true, false, false], front);
    }

    [Fact]
    public void The_scatter_marks_the_front_and_ranks_of_the_table()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());

        var scatter = ParetoFront.Build(points, new Dictionary<long, int> { [5] = 1 });

        Assert.Equal([0L, 1, 2, 3, 4, 5, 6], scatter.Points.Select(p => p.SetIndex));
        // Front: 6 (highest IRR), 5 (0.10 at 0.18), 4 (0.08 at 0.15), 1 (0.06 at 0.12), 0 (0.05 at 0.10).
        Assert.Equal([0L, 1, 4, 5, 6], scatter.Points.Where(p => p.OnParetoFront).Select(p => p.SetIndex));
        Assert.Equal([null, null, null, null, null, 1, null], scatter.Points.Select(p => p.Rank));
    }

    [Fact]
    public void A_scatter_over_its_point_limit_keeps_the_front_and_the_table_and_an_even_sample_of_the_rest()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());

        // 7 drawable sets, at most 6 drawn: the front (0, 1, 4, 5, 6) and the table's set 3, no room for another.
        var scatter = ParetoFront.Build(points, new Dictionary<long, int> { [3] = 1 }, maxPoints: 6);
        Assert.Equal(7, scatter.SetCount);
        Assert.Equal([0L, 1, 3, 4, 5, 6], scatter.Points.Select(p => p.SetIndex));

        // At most 5 with the table empty: the front alone fills it, and the others (2, 3) are left out.
        Assert.Equal([0L, 1, 4, 5, 6], ParetoFront.Build(points, new Dictionary<long, int>(), maxPoints: 5).Points.Select(p => p.SetIndex));

        // Room for one of the two others: the stride picks the first, in set order.
        Assert.Equal([0L, 1, 2, 4, 5, 6], ParetoFront.Build(points, new Dictionary<long, int>(), maxPoints: 6).Points.Select(p => p.SetIndex));

        // Within the limit nothing is thinned and SetCount stays 0 (all drawn).
        Assert.Equal(0, ParetoFront.Build(points, new Dictionary<long, int>()).SetCount);
    }

    [Fact]
    public void Ranking_applies_the_constraint_and_the_table_links_the_detail_pages()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());

        var table = ResultsTableBuilder.Build(points, totalResults: 8, topRows: 4, detailPages: 2);

        // Set 6 (IRR 12%) breaks max_drawdown <= 0.3; set 7 failed.
        Assert.Equal([5L, 4, 3, 1], table.Rows.Select(r => r.SetIndex));
        Assert.Equal([1, 2, 3, 4], table.Rows.Select(r => r.Rank!.Value));
        Assert.Equal(["set-000005.html", "set-000004.html", null, null], table.Rows.Select(r => r.DetailPage));
        Assert.Equal(["50", "0.2", "0.16"], table.Rows[0].AxisValues);
        Assert.Equal(0.10, table.Rows[0].Metrics[0]);
        Assert.Equal(4, table.OmittedRows);
    }

    [Fact]
    public void A_heatmap_cell_is_the_matching_set_with_the_other_axes_at_the_best_sets_values()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());

        var maps = HeatmapBuilder.Build(points, "entry.wing_width", "hedge.increment");

        Assert.Equal(["irr", "max_drawdown", "sharpe"], maps.Select(m => m.Metric));
        var irr = maps[0];
        Assert.Equal(["25", "50"], irr.XValues);
        Assert.Equal(["0.2", "0.3"], irr.YValues);
        // The best set (5) has entry.short_delta 0.16: cells are sets 1, 5 (row 0.2) and 3, 7 (row 0.3); 7 failed.
        Assert.Equal("entry.short_delta=0.16", string.Join(";", irr.FixedAxes.Select(a => $"{a.Axis}={a.Value}")));
        Assert.Equal([0.06, 0.10, 0.07, double.NaN], irr.Cells);
        Assert.Equal([0.12, 0.18, 0.25, double.NaN], maps[1].Cells);
        Assert.False(maps[1].HigherIsBetter);
        Assert.Equal([1.0, 3.0, 2.0, double.NaN], maps[2].Cells);
    }

    [Fact]
    public void A_sampled_sweeps_heatmap_holds_no_axis_and_takes_the_best_set_on_each_cell()
    {
        var sweep = BuildingSweeps.Sweep(BuildingSweeps.Text + "\nsamples: 40\nseed: 3\n");
        // IRR grows with the index, so each cell's best is its highest index.
        var results = Enumerable.Range(0, 40).Select(i => SetResult.Ok(i, BuildingSweeps.Metrics(i / 1000.0, 0.1))).ToArray();

        var irr = HeatmapBuilder.Build(new SweepPoints(sweep, results), "entry.wing_width", "hedge.increment")[0];

        Assert.Empty(irr.FixedAxes);
        var expected = new double[4];
        Array.Fill(expected, double.NaN);
        for (int i = 0; i < 40; i++)
        {
            var values = sweep.Grid.AxisValuesAt(i);
            int cell = (values["hedge.increment"] == 0.3 ? 2 : 0) + (values["entry.wing_width"] == 50 ? 1 : 0);
            expected[cell] = i / 1000.0;
        }

        Assert.DoesNotContain(double.NaN, expected);
        Assert.Equal(expected, irr.Cells);
    }

    [Fact]
    public void Heatmap_axes_fall_back_to_the_first_two_with_more_than_one_value()
    {
        var sweep = BuildingSweeps.Sweep(BuildingSweeps.Text.Replace("hedge.increment: [0.2, 0.3]", "hedge.increment: [0.2]"));

        Assert.Equal((0, 2), HeatmapBuilder.ChooseAxes(sweep.Grid.Axes, "entry.wing_width", "hedge.increment"));
        Assert.Equal((0, 1), HeatmapBuilder.ChooseAxes(BuildingSweeps.Sweep().Grid.Axes, "nope", "entry.wing_width"));
    }

    [Fact]
    public void Sensitivity_shows_the_best_and_median_rank_metric_per_axis_value()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());

        var wing = SensitivityBuilder.Build(points)[0];

        Assert.Equal(("entry.wing_width", "irr", true), (wing.Axis, wing.Metric, wing.HigherIsBetter));
        Assert.Equal(["25", "50"], wing.Values);
        // 25: 0.05, 0.06, 0.04, 0.07; 50: 0.08, 0.10, 0.12 (set 7 failed and is not counted).
        Assert.Equal([0.07, 0.12], wing.Best);
        Assert.Equal([(0.05 + 0.06) / 2, 0.10], wing.Median);
        Assert.Equal([4L, 3], wing.SetCounts);
    }

    [Fact]
    public void The_deflated_sharpe_takes_n_sets_tried_the_variance_of_their_sharpe_ratios_and_the_best_sets_moments()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());
        var best = BestRun();

        var (result, missing) = OverfittingBuilder.Deflated(points, best);

        Assert.Null(missing);
        var input = result!.Input;
        // 7 sets completed; their Sharpe ratios 0.5..3.5 step 0.5 have mean 2 and sample variance 1.75/6·7 = 1.1667.
        double variance = new[] { 0.5, 1, 1.5, 2, 2.5, 3, 3.5 }.Sum(s => (s - 2) * (s - 2)) / 6;
        Assert.Equal(7, input.TrialCount);
        Assert.Equal(variance / 252, input.TrialSharpeVariancePerPeriod, 15);
        Assert.Equal(3.0 / Math.Sqrt(252), input.SharpePerPeriod, 15);
        var moments = ReturnMoments.Of(best.DailyReturns());
        Assert.Equal((moments.Count, moments.Skewness, moments.Kurtosis), (input.ReturnCount, input.Skewness, input.Kurtosis));
        Assert.Equal(DeflatedSharpe.Compute(input).DeflatedSharpeRatio, result.DeflatedSharpeRatio);
        Assert.InRange(result.DeflatedSharpeRatio, 0, result.ProbabilisticSharpeRatio);
    }

    [Fact]
    public void Without_blocks_or_with_one_set_pbo_says_why()
    {
        var points = new SweepPoints(BuildingSweeps.Sweep(), Results());
        var one = new SweepPoints(BuildingSweeps.Sweep(), Results().Take(1));

        Assert.Contains("no per-block returns", OverfittingBuilder.Probability(points, 1, TestContext.Current.CancellationToken).Missing);
        Assert.Equal("1 set completed; CSCV ranks at least 2", OverfittingBuilder.Probability(one, 1, TestContext.Current.CancellationToken).Missing);
    }

    [Fact]
    public void Pbo_recombines_the_blocks_the_sets_carry()
    {
        var random = new Random(5);
        var results = Results().Select(r => r.Metrics is null ? r : r with
        {
            Blocks = ReturnBlocks.Split(Enumerable.Range(0, 320).Select(_ => random.NextDouble() * 0.02 - 0.0099).ToArray()),
        }).ToArray();
        var points = new SweepPoints(BuildingSweeps.Sweep(), results);

        var (pbo, missing) = OverfittingBuilder.Probability(points, 2, TestContext.Current.CancellationToken);

        Assert.Null(missing);
        var expected = ProbabilityOfBacktestOverfitting.Compute(results.Where(r => r.Blocks is not null).Select(r => r.Blocks!).ToArray(), 1, TestContext.Current.CancellationToken);
        Assert.Equal((7, 16, 12_870), (pbo!.StrategyCount, pbo.BlockCount, pbo.Combinations.Count));
        Assert.Equal(expected.Probability, pbo.Probability);
    }

    /// <summary>A 60-day equity path with returns of both signs, as a re-run would give.</summary>
    private static BacktestResult BestRun()
    {
        double[] equity = new double[60];
        double value = 1_000_000;
        for (int i = 0; i < equity.Length; i++)
        {
            value *= 1 + (i % 7 == 3 ? -0.012 : 0.004) + (i % 5) * 0.0005;
            equity[i] = value;
        }

        int[] dates = Enumerable.Range(0, 60).Select(i => 20240102 + i).ToArray();
        return new BacktestResult(BuildingSweeps.Metrics(0.10, 0.18, 3.0), dates, equity, [2024], [equity[^1] / 1_000_000 - 1], 1_000_000);
    }
}
