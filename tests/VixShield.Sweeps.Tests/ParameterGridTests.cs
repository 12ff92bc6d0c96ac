using System.Diagnostics;
using VixShield.Core.Strategy;
using VixShield.Sweeps.Axes;

namespace VixShield.Sweeps.Tests;

public sealed class ParameterGridTests
{
    private static ParameterDefinition P(string name) => ParameterCatalog.Find(name);

    private static ParameterGrid Small(long samples = 0, ulong seed = 1) => new(StrategyParameters.Default,
    [
        new ValueListAxis(P("hedge.instrument"), [0, 1]),
        new RangeAxis(P("entry.wing_width"), 25, 75, 25),
        new ValueListAxis(P("exit.stop_loss"), [null, 2.0]),
    ], samples, seed);

    [Fact]
    public void At_follows_the_hand_enumerated_order_with_the_last_axis_fastest()
    {
        var grid = Small();
        var expected = new List<(HedgeInstrument, double, double?)>();
        foreach (var instrument in new[] { HedgeInstrument.Calls, HedgeInstrument.Futures })
            foreach (double width in new[] { 25.0, 50, 75 })
                foreach (double? stop in new double?[] { null, 2.0 })
                    expected.Add((instrument, width, stop));

        Assert.Equal(12, grid.Count);
        var actual = Enumerable.Range(0, 12).Select(i => grid.At(i)).Select(p => (p.HedgeInstrument, p.EntryWingWidth, p.ExitStopLoss));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_index_of_a_small_grid_gives_a_distinct_set_and_its_axis_values()
    {
        var grid = Small();
        var sets = Enumerable.Range(0, (int)grid.Count).Select(i => grid.At(i)).ToList();
        Assert.Equal(12, sets.Distinct().Count());
        var values = grid.AxisValuesAt(7); // futures (1), width 25 (7 / 2 % 3 = 0), stop 2.0 (7 % 2 = 1)
        Assert.Equal(new Dictionary<string, double?> { ["hedge.instrument"] = 1, ["entry.wing_width"] = 25, ["exit.stop_loss"] = 2.0 }, values);
        Assert.Equal(["hedge.instrument", "entry.wing_width", "exit.stop_loss"], values.Keys);
    }

    [Fact]
    public void Indices_outside_the_grid_are_refused()
    {
        var grid = Small();
        Assert.Throws<ArgumentOutOfRangeException>(() => grid.At(12));
        Assert.Throws<ArgumentOutOfRangeException>(() => grid.At(-1));
    }

    [Fact]
    public void A_grid_of_10_to_the_8_points_constructs_and_answers_its_last_index_instantly()
    {
        var watch = Stopwatch.StartNew();
        var grid = new ParameterGrid(StrategyParameters.Default,
        [
            new RangeAxis(P("hedge.increment"), 0.01m, 1.00m, 0.01m),      // 100
            new RangeAxis(P("entry.wing_width"), 5, 1000, 5),             // 200
            new RangeAxis(P("hedge.rsi_trigger"), 0, 99, 1),              // 100
            new RangeAxis(P("entry.short_delta"), 0.01m, 0.5m, 0.01m),    // 50
        ]);
        var last = grid.At(99_999_999);
        watch.Stop();

        Assert.Equal(100_000_000, grid.Count);
        Assert.Equal((1.0, 1000.0, 99.0, 0.5), (last.HedgeIncrement, last.EntryWingWidth, last.HedgeRsiTrigger!.Value, last.EntryShortDelta));
        Assert.True(watch.ElapsedMilliseconds < 500, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_product_beyond_long_MaxValue_is_a_clear_error()
    {
        SweepAxis[] huge =
        [
            new RangeAxis(P("hedge.increment"), 0.01m, 2m, 0.00001m),          // 199,001
            new RangeAxis(P("entry.short_delta"), 0.01m, 0.5m, 0.000001m),     // 490,001
            new RangeAxis(P("fill.mid_fraction"), 0m, 1m, 0.000001m),          // 1,000,001
            new RangeAxis(P("size.risk_per_trade"), 0.0001m, 1m, 0.000001m),   // 999,901
        ];

        var e = Assert.Throws<SweepException>(() => _ = new ParameterGrid(StrategyParameters.Default, huge));
        Assert.Equal("grid: the axes multiply to more than 9223372036854775807 parameter sets; sample them with samples: N", e.Message);
        Assert.Equal(1000, new ParameterGrid(StrategyParameters.Default, huge, samples: 1000).Count);
    }

    [Fact]
    public void A_sample_is_a_pure_function_of_seed_and_index()
    {
        var axes = new SweepAxis[]
        {
            new RandomAxis(P("hedge.term_ratio"), DistributionParser.Parse("uniform(0.9, 1.1)", P("hedge.term_ratio"))),
            new ValueListAxis(P("hedge.increment"), [0.2, 0.25, 0.3]),
        };
        var a = new ParameterGrid(StrategyParameters.Default, axes, samples: 1_000_000, seed: 7);
        var b = new ParameterGrid(StrategyParameters.Default, axes, samples: 1_000_000, seed: 7);
        var other = new ParameterGrid(StrategyParameters.Default, axes, samples: 1_000_000, seed: 8);

        // Computed alone, out of order, by a separate grid: the same values.
        foreach (long i in new long[] { 999_999, 0, 123_456, 1 })
            Assert.Equal(a.AxisValuesAt(i), b.AxisValuesAt(i));
        var draws = Enumerable.Range(0, 200).Select(i => a.AxisValuesAt(i)["hedge.term_ratio"]).ToList();
        var otherDraws = Enumerable.Range(0, 200).Select(i => other.AxisValuesAt(i)["hedge.term_ratio"]).ToList();
        Assert.Equal(200, draws.Distinct().Count());
        Assert.Equal(0, draws.Zip(otherDraws).Count(p => p.First == p.Second));
        // Pinned bits: the stream is part of the sweep's reproducibility contract.
        Assert.Equal(PinnedFirstDraw, a.AxisValuesAt(0)["hedge.term_ratio"]!.Value.ToString("R"));
    }

    private const string PinnedFirstDraw = "0.9473554025174322";

    [Fact]
    public void Sampled_list_axes_pick_each_value_about_equally()
    {
        var grid = new ParameterGrid(StrategyParameters.Default, [new ValueListAxis(P("hedge.increment"), [0.2, 0.25, 0.3])], samples: 30_000, seed: 1);
        var counts = Enumerable.Range(0, 30_000).GroupBy(i => grid.AxisValuesAt(i)["hedge.increment"]).ToDictionary(g => g.Key!.Value, g => g.Count());
        Assert.Equal([0.2, 0.25, 0.3], counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void A_grid_without_axes_is_the_base_alone()
    {
        var grid = new ParameterGrid(StrategyParameters.Default with { EntryWingWidth = 80 }, []);
        Assert.Equal(1, grid.Count);
        Assert.Equal(80, grid.At(0).EntryWingWidth);
    }
}
