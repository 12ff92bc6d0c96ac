using VixShield.Core.Strategy;
using VixShield.Sweeps.Axes;

namespace VixShield.Sweeps.Tests;

public sealed class AxisTests
{
    private static ParameterDefinition P(string name) => ParameterCatalog.Find(name);

    [Fact]
    public void A_range_of_0_20_to_0_30_step_0_05_is_exactly_those_three_doubles()
    {
        var axis = new RangeAxis(P("hedge.increment"), 0.20m, 0.30m, 0.05m);
        Assert.Equal(3, axis.Count);
        Assert.Equal([0.2, 0.25, 0.3], Enumerable.Range(0, 3).Select(i => axis.ValueAt(i)!.Value));
    }

    [Fact]
    public void A_range_of_tenths_has_no_binary_drift()
    {
        var axis = new RangeAxis(P("hedge.increment"), 0.1m, 1.0m, 0.1m);
        Assert.Equal(10, axis.Count);
        Assert.Equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], Enumerable.Range(0, 10).Select(i => axis.ValueAt(i)!.Value));
    }

    [Fact]
    public void A_step_that_does_not_land_on_to_stops_at_the_last_step_below_it()
    {
        var axis = new RangeAxis(P("entry.wing_width"), 25, 100, 30);
        Assert.Equal(3, axis.Count);
        Assert.False(axis.LandsOnTo);
        Assert.Equal([25.0, 55, 85], Enumerable.Range(0, 3).Select(i => axis.ValueAt(i)!.Value));
    }

    [Fact]
    public void A_range_from_equal_to_to_has_one_value()
    {
        var axis = new RangeAxis(P("entry.wing_width"), 50, 50, 10);
        Assert.Equal(1, axis.Count);
        Assert.Equal(50, axis.ValueAt(0));
    }

    [Fact]
    public void Uniform_on_a_whole_number_parameter_draws_every_whole_number_in_its_bounds()
    {
        var axis = new RandomAxis(P("entry.dte"), DistributionParser.Parse("uniform(30, 33)", P("entry.dte")));
        var draws = Enumerable.Range(0, 4000).Select(i => { var r = new PointRandom(3, i, 0); return axis.Draw(ref r)!.Value; }).ToList();
        Assert.Equal([30.0, 31, 32, 33], draws.Distinct().Order());
    }

    [Fact]
    public void Normal_draws_are_clamped_to_the_parameter_range()
    {
        var axis = new RandomAxis(P("fill.mid_fraction"), DistributionParser.Parse("normal(0.5, 10)", P("fill.mid_fraction")));
        var draws = Enumerable.Range(0, 2000).Select(i => { var r = new PointRandom(1, i, 0); return axis.Draw(ref r)!.Value; }).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0.0, 1.0));
        Assert.Contains(0.0, draws);
        Assert.Contains(1.0, draws);
    }

    [Fact]
    public void Loguniform_gives_each_decade_equal_weight()
    {
        var axis = new RandomAxis(P("size.risk_per_trade"), DistributionParser.Parse("loguniform(0.001, 0.1)", P("size.risk_per_trade")));
        var draws = Enumerable.Range(0, 20_000).Select(i => { var r = new PointRandom(1, i, 0); return axis.Draw(ref r)!.Value; }).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0.001, 0.1));
        Assert.InRange(draws.Count(d => d < 0.01), 9_600, 10_400);
    }

    [Fact]
    public void Choice_draws_names_and_none()
    {
        var instrument = DistributionParser.Parse("choice(calls, futures)", P("hedge.instrument"));
        var stop = DistributionParser.Parse("choice(none, 2, 3)", P("exit.stop_loss"));
        Assert.Equal([0.0, 1.0], Assert.IsType<ChoiceDistribution>(instrument).Values.Select(v => v!.Value));
        Assert.Equal([null, 2.0, 3.0], Assert.IsType<ChoiceDistribution>(stop).Values);
    }
}
