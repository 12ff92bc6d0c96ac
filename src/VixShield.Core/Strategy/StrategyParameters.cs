namespace VixShield.Core.Strategy;

/// <summary>
/// One parameter set of the strategy in STRATEGY.md: immutable, validated, every field a sweep axis named by its
/// dotted path in <see cref="ParameterCatalog"/>. A null value is the spec's <c>none</c>: that filter, trigger or
/// exit rule is off.
/// </summary>
/// <remarks>
/// Units: <c>*Dte</c> are calendar days to expiry; <c>*Days</c> count snapshots (trading days); widths are SPX index
/// points; deltas, fractions and ratios are plain decimals; costs are dollars per contract.
/// </remarks>
public sealed record StrategyParameters
{
    public static StrategyParameters Default { get; } = new();

    // §3 entry
    public int EntryDte { get; init; } = 45;
    public int EntryDteMin { get; init; } = 30;
    public int EntryDteMax { get; init; } = 60;
    public double EntryShortDelta { get; init; } = 0.16;
    public double EntryWingWidth { get; init; } = 50;
    public int EntryEveryDays { get; init; } = 5;
    public int EntryMaxOpen { get; init; } = 4;

    // §3 filters
    public int FilterRsiPeriod { get; init; } = 14;
    public double? FilterRsiLow { get; init; } = 30;
    public double? FilterRsiHigh { get; init; } = 70;
    public double? FilterVixMax { get; init; } = 40;
    public double? FilterMacdHistMin { get; init; }
    public int? FilterAdMaDays { get; init; }

    // §3 sizing and stress wings
    public double SizeRiskPerTrade { get; init; } = 0.02;
    public double AdjustStressWingScale { get; init; } = 1.0;

    // §4 management
    public double? ExitProfitTarget { get; init; } = 0.50;
    public double? ExitStopLoss { get; init; } = 2.0;
    public int? ExitDte { get; init; } = 21;
    public double? AdjustTestedDelta { get; init; }

    // §5 ALVH
    public double? HedgeTermRatio { get; init; } = 1.0;
    public double? HedgeRsiTrigger { get; init; } = 35;
    public int? HedgeAdMaDays { get; init; } = 20;
    public int HedgeScoreMin { get; init; } = 1;
    public int HedgeMaxLayers { get; init; } = 4;
    public int HedgeSpacingDays { get; init; } = 3;
    public double HedgeIncrement { get; init; } = 0.25;
    public HedgeInstrument HedgeInstrument { get; init; } = HedgeInstrument.Calls;
    public double HedgeMoneyness { get; init; } = 1.20;
    public int HedgeDte { get; init; } = 60;
    public double? HedgeTakeProfit { get; init; } = 3.0;
    public int HedgeRollDte { get; init; } = 10;

    // §6 fills and costs
    public double FillMidFraction { get; init; }
    public double CostPerContract { get; init; } = 0.65;
    public double CostPerFuture { get; init; } = 1.50;

    /// <summary>True when the strategy may open hedge layers, and so needs VIX instruments in the dataset.</summary>
    public bool HedgeEnabled => HedgeMaxLayers > 0;

    /// <summary>Returns a copy with one parameter set from its text form (<c>none</c> for off); errors name the parameter.</summary>
    public StrategyParameters With(string name, string value) => ParameterCatalog.Find(name).Apply(this, value);

    /// <summary>Checks every parameter's range and the cross-parameter rules; throws <see cref="ParameterException"/>.</summary>
    public StrategyParameters Validate()
    {
        foreach (var definition in ParameterCatalog.All)
            definition.Check(this);
        if (EntryDteMin > EntryDteMax)
            throw new ParameterException("entry.dte_min", $"{EntryDteMin} is above entry.dte_max {EntryDteMax}");
        if (FilterRsiLow is { } low && FilterRsiHigh is { } high && low > high)
            throw new ParameterException("filter.rsi_low", $"{low} is above filter.rsi_high {high}");
        return this;
    }
}
