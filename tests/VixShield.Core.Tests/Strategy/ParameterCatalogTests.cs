using VixShield.Core.Strategy;

namespace VixShield.Core.Tests.Strategy;

public class ParameterCatalogTests
{
    [Fact]
    public void Defaults_are_the_specification_defaults()
    {
        var p = StrategyParameters.Default.Validate();
        Assert.Equal(45, p.EntryDte);
        Assert.Equal(0.16, p.EntryShortDelta);
        Assert.Equal(50, p.EntryWingWidth);
        Assert.Null(p.FilterMacdHistMin);
        Assert.Equal(0.25, p.HedgeIncrement);
        Assert.Equal(HedgeInstrument.Calls, p.HedgeInstrument);
        Assert.Equal(0.65, p.CostPerContract);
        Assert.Equal(1.50, p.CostPerFuture);
    }

    [Fact]
    public void Every_parameter_round_trips_through_its_text_form()
    {
        foreach (var definition in ParameterCatalog.All)
        {
            var value = definition.Get(StrategyParameters.Default);
            var again = definition.Apply(StrategyParameters.Default, definition.Format(value));
            Assert.Equal(StrategyParameters.Default, again);
        }
    }

    [Fact]
    public void Set_by_dotted_name_including_none_and_choices()
    {
        var p = StrategyParameters.Default
            .With("entry.wing_width", "75")
            .With("filter.rsi_low", "none")
            .With("hedge.instrument", "futures")
            .With("exit.dte", "none");
        Assert.Equal(75, p.EntryWingWidth);
        Assert.Null(p.FilterRsiLow);
        Assert.Equal(HedgeInstrument.Futures, p.HedgeInstrument);
        Assert.Null(p.ExitDte);
    }

    [Fact]
    public void An_unknown_name_lists_the_closest_valid_names()
    {
        var error = Assert.Throws<ParameterException>(() => StrategyParameters.Default.With("entry.wing_widht", "75"));
        Assert.Equal("entry.wing_widht: unknown parameter; did you mean entry.wing_width?", error.Message);
        var ambiguous = Assert.Throws<ParameterException>(() => StrategyParameters.Default.With("hedge.dt", "5"));
        Assert.Equal("hedge.dt: unknown parameter; did you mean hedge.dte?", ambiguous.Message);
    }

    [Theory]
    [InlineData("entry.short_delta", "0.9", "entry.short_delta: 0.9 is outside its range 0.01..0.5")]
    [InlineData("entry.max_open", "2.5", "entry.max_open: 2.5 must be a whole number")]
    [InlineData("entry.wing_width", "none", "entry.wing_width: cannot be none")]
    [InlineData("hedge.increment", "abc", "hedge.increment: \"abc\" is not a number")]
    [InlineData("hedge.instrument", "puts", "hedge.instrument: \"puts\" is not one of calls, futures")]
    [InlineData("filter.vix_max", "x", "filter.vix_max: \"x\" is not a number or none")]
    public void A_bad_value_names_the_parameter_and_the_range(string name, string value, string expected)
    {
        var error = Assert.Throws<ParameterException>(() => StrategyParameters.Default.With(name, value));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Cross_parameter_rules_are_checked()
    {
        var error = Assert.Throws<ParameterException>(() => (StrategyParameters.Default with { EntryDteMin = 70 }).Validate());
        Assert.Equal("entry.dte_min: 70 is above entry.dte_max 60", error.Message);
    }
}
