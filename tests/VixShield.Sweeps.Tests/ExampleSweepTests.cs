using VixShield.Core.Strategy;
using VixShield.Sweeps.Axes;
using VixShield.Sweeps.Ranking;

namespace VixShield.Sweeps.Tests;

public sealed class ExampleSweepTests
{
    [Fact]
    public void The_issue_example_as_written_is_refused_because_its_random_axis_has_no_samples()
    {
        Assert.Equal("sweep.yaml line 10: grid.hedge.term_ratio: a random axis needs samples > 0 (it has no values to enumerate)",
            SweepText.Error(SweepText.Example));
    }

    [Fact]
    public void The_example_with_samples_reads_every_key()
    {
        var sweep = SweepText.Load(SweepText.Example.Replace("samples: 0 ", "samples: 1000"), out string path);

        Assert.Equal("alvh-wings", sweep.Name);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(path)!, "data", "default"), sweep.DataPath);
        Assert.Equal(new DateOnly(2015, 1, 2), sweep.From);
        Assert.Equal(new DateOnly(2024, 12, 31), sweep.To);
        Assert.Equal(1_000_000, sweep.Capital);
        Assert.Equal(0.16, sweep.Base.EntryShortDelta);
        Assert.Equal(0.5, sweep.Base.ExitProfitTarget);
        Assert.Equal(1000, sweep.Samples);
        Assert.Equal(1UL, sweep.Seed);
        Assert.Equal(1000, sweep.Grid.Count);
        Assert.True(sweep.Grid.IsSampled);
        Assert.Equal(["hedge.increment", "entry.wing_width", "filter.rsi_low", "hedge.term_ratio"], sweep.Grid.Axes.Select(a => a.Name));
        Assert.Equal(new RankBy("irr", true), sweep.RankBy);
        Assert.Equal([new Constraint("max_drawdown", ComparisonOperator.AtMost, 0.25)], sweep.Constraints);
        Assert.Equal(path, sweep.SourcePath);
        Assert.Contains("name: alvh-wings", sweep.SourceText);
    }

    [Fact]
    public void A_sampled_example_draws_every_axis_within_its_values()
    {
        var sweep = SweepText.Load(SweepText.Example.Replace("samples: 0 ", "samples: 1000"));

        for (long i = 0; i < sweep.Grid.Count; i++)
        {
            var values = sweep.Grid.AxisValuesAt(i);
            Assert.Contains(values["hedge.increment"], new double?[] { 0.2, 0.25, 0.3 });
            Assert.Contains(values["entry.wing_width"], new double?[] { 25, 50, 75, 100 });
            Assert.Contains(values["filter.rsi_low"], new double?[] { 25, 30, 35 });
            Assert.InRange(values["hedge.term_ratio"]!.Value, 0.9, 1.1);
            var set = sweep.Grid.At(i);
            Assert.Equal(values["hedge.term_ratio"], set.HedgeTermRatio);
            Assert.Equal(0.16, set.EntryShortDelta);
        }
    }

    [Fact]
    public void The_example_without_its_random_axis_is_the_product_3_by_4_by_3()
    {
        var sweep = SweepText.Load(SweepText.Example.Replace("  hedge.term_ratio: { random: uniform(0.9, 1.1) }   # sampled axes need `samples:`\n", ""));

        Assert.Equal(36, sweep.Grid.Count);
        Assert.False(sweep.Grid.IsSampled);
        var range = Assert.IsType<RangeAxis>(sweep.Grid.Axes[1]);
        Assert.Equal(4, range.Count);
        Assert.True(range.LandsOnTo);
        // Last axis fastest: index 1 moves filter.rsi_low, index 3 moves the wing, index 12 moves the increment.
        Assert.Equal(new StrategyParameters { EntryShortDelta = 0.16, ExitProfitTarget = 0.5, HedgeIncrement = 0.2, EntryWingWidth = 25, FilterRsiLow = 25 }, sweep.Grid.At(0));
        Assert.Equal(30, sweep.Grid.At(1).FilterRsiLow);
        Assert.Equal(50, sweep.Grid.At(3).EntryWingWidth);
        Assert.Equal(0.25, sweep.Grid.At(12).HedgeIncrement);
        var last = sweep.Grid.At(35);
        Assert.Equal((0.3, 100.0, 35.0), (last.HedgeIncrement, last.EntryWingWidth, last.FilterRsiLow!.Value));
    }
}
