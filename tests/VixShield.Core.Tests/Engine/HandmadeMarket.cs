using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;

namespace VixShield.Core.Tests.Engine;

/// <summary>
/// The entry day every hand-computed trade starts from: 2024-01-02, SPX 4750, one expiration.
/// At delta 0.16 the condor is short 4850 C / 4650 P, long 4900 C / 4600 P (wings of 50 points).
/// Credit at bid/ask: 10.00 + 12.00 − 4.50 − 5.50 = 12.00 points; max loss (50 − 12) × 100 = $3,800 a contract.
/// </summary>
internal static class HandmadeMarket
{
    public const int EntryDate = 20240102;

    /// <summary>Quiet parameters: no filters, exits, rolls or hedge, so each test turns on just what it checks.</summary>
    public static StrategyParameters Quiet => StrategyParameters.Default with
    {
        EntryDte = 17, EntryDteMin = 1, EntryDteMax = 100, EntryEveryDays = 5, EntryMaxOpen = 1, SizeRiskPerTrade = 0.1,
        FilterRsiLow = null, FilterRsiHigh = null, FilterVixMax = null,
        ExitProfitTarget = null, ExitStopLoss = null, ExitDte = null,
        HedgeMaxLayers = 0, HedgeRsiTrigger = null, HedgeAdMaDays = null,
    };

    public static BacktestOptions Capital(double dollars, TradeLog? log = null) => new(StartingCapital: dollars, Recorder: log);

    /// <summary>Adds the entry day's chain for <paramref name="expiration"/> to the builder.</summary>
    public static TapeBuilder EntryDay(this TapeBuilder tape, int expiration, SettlementStyle settlement = SettlementStyle.Am, decimal longPutAsk = 5.50m, double vix = 15, double vix3m = 17)
    {
        return tape.Day(EntryDate, 4750, vix: vix, vix3m: vix3m)
            .Option(expiration, OptionRight.Call, 4800, 20.00m, 20.60m, 0.30, settlement)
            .Option(expiration, OptionRight.Call, 4850, 10.00m, 10.50m, 0.16, settlement)
            .Option(expiration, OptionRight.Call, 4900, 4.00m, 4.50m, 0.08, settlement)
            .Option(expiration, OptionRight.Call, 4950, 1.00m, 1.20m, 0.03, settlement)
            .Option(expiration, OptionRight.Put, 4550, 1.50m, 1.70m, -0.03, settlement)
            .Option(expiration, OptionRight.Put, 4600, longPutAsk == 0 ? 0 : 5.00m, longPutAsk, -0.08, settlement)
            .Option(expiration, OptionRight.Put, 4650, 12.00m, 12.50m, -0.16, settlement)
            .Option(expiration, OptionRight.Put, 4700, 22.00m, 22.60m, -0.30, settlement);
    }

    /// <summary>Quotes the four condor legs on a later day (bid/ask each), for marks and exits.</summary>
    public static TapeBuilder CondorQuotes(this TapeBuilder tape, int expiration, decimal scBid, decimal scAsk, decimal lcBid, decimal lcAsk, decimal spBid, decimal spAsk, decimal lpBid, decimal lpAsk)
    {
        return tape
            .Option(expiration, OptionRight.Call, 4850, scBid, scAsk, 0.16)
            .Option(expiration, OptionRight.Call, 4900, lcBid, lcAsk, 0.08)
            .Option(expiration, OptionRight.Put, 4600, lpBid, lpAsk, -0.08)
            .Option(expiration, OptionRight.Put, 4650, spBid, spAsk, -0.16);
    }
}
