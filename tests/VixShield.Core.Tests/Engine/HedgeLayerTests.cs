using VixShield.Core.Engine;
using VixShield.Core.Strategy;
using static VixShield.Core.Tests.Engine.HandmadeMarket;

namespace VixShield.Core.Tests.Engine;

/// <summary>ALVH layers on hand-made tapes: added on an inverted VIX term structure, sized by the stress scenario.</summary>
public class HedgeLayerTests
{
    private const int Jan19 = 20240119;
    private const int Feb21 = 20240221;

    private static StrategyParameters Hedged => Quiet with
    {
        HedgeMaxLayers = 4, HedgeInstrument = HedgeInstrument.Calls, HedgeIncrement = 0.25, HedgeMoneyness = 1.2,
        HedgeDte = 60, HedgeTakeProfit = 3.0, HedgeSpacingDays = 3, HedgeTermRatio = 1.0, HedgeRollDte = 10,
    };

    /// <summary>A day with the condor's legs quoted unchanged and VIX calls off a 20.00 future.</summary>
    private static TapeBuilder HedgeDay(TapeBuilder tape, int date, double vix, double vix3m, decimal call24Bid = 1.00m, decimal call24Ask = 1.10m) =>
        tape.Day(date, 4750, vix: vix, vix3m: vix3m)
            .CondorQuotes(Jan19, 10.00m, 10.50m, 4.00m, 4.50m, 12.00m, 12.50m, 5.00m, 5.50m)
            .VixCall(Feb21, 22, 1.40m, 1.50m, 20.00)
            .VixCall(Feb21, 24, call24Bid, call24Ask, 20.00)
            .VixCall(Feb21, 26, 0.70m, 0.80m, 20.00);

    [Fact]
    public void A_layer_is_added_on_an_inverted_term_structure_and_closed_at_its_take_profit()
    {
        var tape = new TapeBuilder().EntryDay(Jan19);
        HedgeDay(tape, 20240103, vix: 20, vix3m: 18);                                   // VIX/VIX3M = 1.11 ≥ 1: score 1
        HedgeDay(tape, 20240104, vix: 21, vix3m: 18, call24Bid: 3.40m, call24Ask: 3.60m);
        var log = new TradeLog();

        var result = Backtest.Run(new MarketContext(tape.Build()), Hedged, Capital(100_000, log));

        // Jan 2: the condor opens after the hedge step (E was 0), 2 contracts, max loss (50 − 12) × 100 × 2 = $7,600.
        // Jan 3: E = $7,600; a layer covers 25% = $1,900. Future 20.00 → stress max(40, 35) = 40.
        //        Strike 20 × 1.2 = 24; buy at 1.10; gain per contract (40 − 24 − 1.10) × 100 = $1,490 → ⌈1,900 / 1,490⌉ = 2.
        // Jan 4: the call bids 3.40: 3.40 × 100 × 2 = $680 ≥ 3 × $220 premium → take profit.
        var layer = Assert.Single(log.HedgeLayers);
        Assert.Equal(2, layer.Contracts);
        Assert.Equal(24, layer.Strike);
        Assert.Equal(1.10, layer.EntryPrice, 12);
        Assert.Equal(220, layer.Premium, 9);
        Assert.Equal(1900, layer.StressTarget, 9);
        Assert.Equal(20240103, layer.OpenedDate);
        Assert.Equal(20240104, layer.ClosedDate);
        Assert.Equal(FillReason.HedgeTakeProfit, layer.CloseReason);
        Assert.Equal(680 - 220 - 1.30 - 1.30, layer.ProfitAndLoss, 9);
        // Hedge premium $220 over condor credit $2,400.
        Assert.Equal(220.0 / 2400, result.Metrics.HedgeCostShare, 12);
        Assert.Equal(1, result.Metrics.HedgeLayers);
    }

    [Fact]
    public void A_futures_layer_is_sized_by_the_stress_scenario_and_takes_profit_at_its_stress_target()
    {
        var tape = new TapeBuilder().EntryDay(Jan19);
        tape.Day(20240103, 4750, vix: 20, vix3m: 18).CondorQuotes(Jan19, 10.00m, 10.50m, 4.00m, 4.50m, 12.00m, 12.50m, 5.00m, 5.50m)
            .Future(Feb21, 19.95m, 20.05m);
        tape.Day(20240104, 4750, vix: 22, vix3m: 18).CondorQuotes(Jan19, 10.00m, 10.50m, 4.00m, 4.50m, 12.00m, 12.50m, 5.00m, 5.50m)
            .Future(Feb21, 22.00m, 22.10m);
        var log = new TradeLog();

        var result = Backtest.Run(new MarketContext(tape.Build()), Hedged with { HedgeInstrument = HedgeInstrument.Futures }, Capital(100_000, log));

        // Jan 3: target 25% × $7,600 = $1,900. Buy at 20.05; stress max(2 × 20.00, 20.00 + 15) = 40;
        //        gain per contract (40 − 20.05) × 1,000 = $19,950 → 1 contract; commission $1.50.
        // Jan 4: sells at 22.00: gain (22.00 − 20.05) × 1,000 = $1,950 ≥ the $1,900 it was sized for → take profit.
        var layer = Assert.Single(log.HedgeLayers);
        Assert.Equal((1, 20.05, 0.0, 1900.0), (layer.Contracts, layer.EntryPrice, layer.Premium, layer.StressTarget));
        Assert.Equal(FillReason.HedgeTakeProfit, layer.CloseReason);
        Assert.Equal(1950 - 1.50 - 1.50, layer.ProfitAndLoss, 9);
        Assert.Equal(0, result.Metrics.HedgeCostShare);
        Assert.All(log.Fills.Where(f => f.Leg == LegKind.HedgeFuture), f => Assert.Equal(InstrumentKind.VixFuture, f.Instrument));
    }

    [Fact]
    public void Layers_are_spaced_by_the_spacing_in_trading_days()
    {
        var tape = new TapeBuilder().EntryDay(Jan19);
        foreach (int date in new[] { 20240103, 20240104, 20240105, 20240108, 20240109, 20240110 })
            HedgeDay(tape, date, vix: 20, vix3m: 18);
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape.Build()), Hedged with { HedgeTakeProfit = null }, Capital(100_000, log));

        // Inverted every day from Jan 3: layers on snapshots 1 and 4 (Jan 3, Jan 8), three snapshots apart.
        var opened = log.Fills.Where(f => f.Reason == FillReason.HedgeOpen).Select(f => f.Date);
        Assert.Equal([20240103, 20240108], opened);
    }

    [Fact]
    public void No_layer_is_added_while_the_term_structure_is_in_contango()
    {
        var tape = new TapeBuilder().EntryDay(Jan19);
        HedgeDay(tape, 20240103, vix: 15, vix3m: 18);
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape.Build()), Hedged, Capital(100_000, log));

        Assert.DoesNotContain(log.Fills, f => f.Reason == FillReason.HedgeOpen);
    }

    [Fact]
    public void Asking_for_a_hedge_the_dataset_cannot_trade_is_an_error_before_anything_runs()
    {
        var tape = new TapeBuilder().EntryDay(Jan19).Day(Jan19, 4800).Build();

        var error = Assert.Throws<ParameterException>(() => Backtest.Run(new MarketContext(tape), Hedged));

        Assert.Equal("hedge.instrument: calls need VIX options, and dataset 'handmade' has none; use hedge.instrument=futures or hedge.max_layers=0", error.Message);
    }
}
