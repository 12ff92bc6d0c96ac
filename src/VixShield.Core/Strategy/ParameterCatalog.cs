namespace VixShield.Core.Strategy;

/// <summary>Every strategy parameter by its STRATEGY.md dotted name: the vocabulary of <c>--set</c> and sweep files.</summary>
public static class ParameterCatalog
{
    private static readonly ParameterDefinition[] Definitions =
    [
        Int("entry.dte", "target calendar days to expiry of a new condor", 1, 365, p => p.EntryDte, (p, v) => p with { EntryDte = v }),
        Int("entry.dte_min", "shortest acceptable calendar days to expiry", 0, 365, p => p.EntryDteMin, (p, v) => p with { EntryDteMin = v }),
        Int("entry.dte_max", "longest acceptable calendar days to expiry", 1, 730, p => p.EntryDteMax, (p, v) => p with { EntryDteMax = v }),
        Real("entry.short_delta", "|delta| of the short call and short put", 0.01, 0.5, p => p.EntryShortDelta, (p, v) => p with { EntryShortDelta = v }),
        Real("entry.wing_width", "index points from each short strike to its long wing", 5, 1000, p => p.EntryWingWidth, (p, v) => p with { EntryWingWidth = v }),
        Int("entry.every_days", "trading days between entries", 1, 250, p => p.EntryEveryDays, (p, v) => p with { EntryEveryDays = v }),
        Int("entry.max_open", "condors open at once", 1, 50, p => p.EntryMaxOpen, (p, v) => p with { EntryMaxOpen = v }),

        Int("filter.rsi_period", "Wilder RSI period (trading days) for the entry filter and the hedge trigger", 2, 100, p => p.FilterRsiPeriod, (p, v) => p with { FilterRsiPeriod = v }),
        Optional("filter.rsi_low", "enter only while RSI ≥ this", 0, 100, p => p.FilterRsiLow, (p, v) => p with { FilterRsiLow = v }),
        Optional("filter.rsi_high", "enter only while RSI ≤ this", 0, 100, p => p.FilterRsiHigh, (p, v) => p with { FilterRsiHigh = v }),
        Optional("filter.vix_max", "enter only while VIX ≤ this (vol points)", 5, 200, p => p.FilterVixMax, (p, v) => p with { FilterVixMax = v }),
        Optional("filter.macd_hist_min", "enter only while the MACD(12,26,9) histogram ≥ this (index points)", -1000, 1000, p => p.FilterMacdHistMin, (p, v) => p with { FilterMacdHistMin = v }),
        OptionalInt("filter.ad_ma_days", "enter only while the A/D line ≥ its moving average over this many trading days", 2, 500, p => p.FilterAdMaDays, (p, v) => p with { FilterAdMaDays = v }),

        Real("size.risk_per_trade", "fraction of current equity at risk (max loss) per condor", 0.0001, 1, p => p.SizeRiskPerTrade, (p, v) => p with { SizeRiskPerTrade = v }),
        Real("adjust.stress_wing_scale", "wing width multiplier while the hedge's risk score ≥ 1", 0.1, 5, p => p.AdjustStressWingScale, (p, v) => p with { AdjustStressWingScale = v }),
        Optional("adjust.tested_delta", "roll a side when its short strike's |delta| exceeds this", 0.01, 0.99, p => p.AdjustTestedDelta, (p, v) => p with { AdjustTestedDelta = v }),

        Optional("exit.profit_target", "close when cost to close ≤ (1 − this) × credit", 0.01, 1, p => p.ExitProfitTarget, (p, v) => p with { ExitProfitTarget = v }),
        Optional("exit.stop_loss", "close when the loss ≥ this × credit", 0.1, 100, p => p.ExitStopLoss, (p, v) => p with { ExitStopLoss = v }),
        OptionalInt("exit.dte", "close at this many calendar days to expiry", 0, 365, p => p.ExitDte, (p, v) => p with { ExitDte = v }),

        Optional("hedge.term_ratio", "signal: VIX/VIX3M ≥ this (inverted term structure)", 0.5, 2, p => p.HedgeTermRatio, (p, v) => p with { HedgeTermRatio = v }),
        Optional("hedge.rsi_trigger", "signal: RSI ≤ this", 0, 100, p => p.HedgeRsiTrigger, (p, v) => p with { HedgeRsiTrigger = v }),
        OptionalInt("hedge.ad_ma_days", "signal: A/D line below its moving average over this many trading days", 2, 500, p => p.HedgeAdMaDays, (p, v) => p with { HedgeAdMaDays = v }),
        Int("hedge.score_min", "signals needed to add a layer", 1, 4, p => p.HedgeScoreMin, (p, v) => p with { HedgeScoreMin = v }),
        Int("hedge.max_layers", "hedge layers open at once (0 = hedge off)", 0, 20, p => p.HedgeMaxLayers, (p, v) => p with { HedgeMaxLayers = v }),
        Int("hedge.spacing_days", "trading days between layers", 0, 250, p => p.HedgeSpacingDays, (p, v) => p with { HedgeSpacingDays = v }),
        Real("hedge.increment", "fraction of condor exposure one layer covers under the stress scenario", 0.01, 2, p => p.HedgeIncrement, (p, v) => p with { HedgeIncrement = v }),
        new("hedge.instrument", "what a layer buys: calls or futures", 0, 1, true, false,
            p => (double)p.HedgeInstrument, (p, v) => p with { HedgeInstrument = (HedgeInstrument)(int)v!.Value }, ["calls", "futures"]),
        Real("hedge.moneyness", "VIX call strike as a multiple of its future", 0.5, 5, p => p.HedgeMoneyness, (p, v) => p with { HedgeMoneyness = v }),
        Int("hedge.dte", "target calendar days to expiry of a layer", 1, 365, p => p.HedgeDte, (p, v) => p with { HedgeDte = v }),
        Optional("hedge.take_profit", "close a layer when its value ≥ this × its cost", 1, 100, p => p.HedgeTakeProfit, (p, v) => p with { HedgeTakeProfit = v }),
        Int("hedge.roll_dte", "close a layer this many calendar days before its expiry", 0, 365, p => p.HedgeRollDte, (p, v) => p with { HedgeRollDte = v }),

        Real("fill.mid_fraction", "how far fills move from bid/ask toward mid (0 = bid/ask, 1 = mid)", 0, 1, p => p.FillMidFraction, (p, v) => p with { FillMidFraction = v }),
        Real("cost.per_contract", "commission per SPX or VIX option contract, dollars", 0, 100, p => p.CostPerContract, (p, v) => p with { CostPerContract = v }),
        Real("cost.per_future", "commission per VIX future contract, dollars", 0, 100, p => p.CostPerFuture, (p, v) => p with { CostPerFuture = v }),
    ];

    private static readonly Dictionary<string, ParameterDefinition> ByName = Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public static IReadOnlyList<ParameterDefinition> All => Definitions;

    /// <summary>The definition of a dotted name; an unknown name is an error listing the closest valid names.</summary>
    public static ParameterDefinition Find(string name)
    {
        if (ByName.TryGetValue(name, out var definition))
            return definition;
        // Only near-ties of the best match are worth showing; a list padded with far-off names hides the typo's fix.
        var ranked = Definitions
            .Select(d => (d.Name, Distance: NameDistance.Levenshtein(name, d.Name)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var closest = ranked.TakeWhile(c => c.Distance <= ranked[0].Distance + 1).Take(3).Select(c => c.Name);
        throw new ParameterException(name, $"unknown parameter; did you mean {string.Join(" or ", closest)}?");
    }

    public static bool Exists(string name) => ByName.ContainsKey(name);

    private static ParameterDefinition Int(string name, string description, int min, int max, Func<StrategyParameters, int> get, Func<StrategyParameters, int, StrategyParameters> set) =>
        new(name, description, min, max, true, false, p => get(p), (p, v) => set(p, (int)v!.Value));

    private static ParameterDefinition Real(string name, string description, double min, double max, Func<StrategyParameters, double> get, Func<StrategyParameters, double, StrategyParameters> set) =>
        new(name, description, min, max, false, false, p => get(p), (p, v) => set(p, v!.Value));

    private static ParameterDefinition Optional(string name, string description, double min, double max, Func<StrategyParameters, double?> get, Func<StrategyParameters, double?, StrategyParameters> set) =>
        new(name, description, min, max, false, true, get, set);

    private static ParameterDefinition OptionalInt(string name, string description, int min, int max, Func<StrategyParameters, int?> get, Func<StrategyParameters, int?, StrategyParameters> set) =>
        new(name, description, min, max, true, true, p => get(p), (p, v) => set(p, v is null ? null : (int)v.Value));
}
