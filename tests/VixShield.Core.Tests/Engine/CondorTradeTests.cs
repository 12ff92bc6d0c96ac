using VixShield.Core.Engine;
using VixShield.Core.Market;
using static VixShield.Core.Tests.Engine.HandmadeMarket;

namespace VixShield.Core.Tests.Engine;

/// <summary>Iron condors traded on hand-made tapes; every expected number is worked out in the comments.</summary>
public class CondorTradeTests
{
    private const int Jan19 = 20240119;

    [Fact]
    public void A_condor_held_to_an_AM_settlement_settles_at_the_expiration_days_open()
    {
        // Day 2 is the third Friday: SPX opens 4870 (the AM settlement) and is 4800 at the snapshot.
        var tape = new TapeBuilder().EntryDay(Jan19).Day(Jan19, 4800, open: 4870).Build();
        var log = new TradeLog();

        var result = Backtest.Run(new MarketContext(tape), Quiet, Capital(100_000, log));

        // Size: 10% of $100,000 / $3,800 = 2.63 → 2 contracts.
        // Open: +12.00 × 100 × 2 = +2,400 credit, 8 contracts × $0.65 = $5.20 → cash 102,394.80.
        // Marks at mid: (−2×10.25 + 2×4.25 − 2×12.25 + 2×5.25) × 100 = −2,600 → equity 99,794.80.
        Assert.Equal(99_794.80, result.Equity[0], 6);
        // Settle at 4870: short 4850 C pays (4870 − 4850) × 100 × 2 = 4,000; the rest expire worthless.
        Assert.Equal(98_394.80, result.Equity[1], 6);
        var condor = Assert.Single(log.Condors);
        Assert.Equal(2, condor.Contracts);
        Assert.Equal(2400 - 5.20 - 4000, condor.ProfitAndLoss, 9);
        Assert.Equal(FillReason.Settlement, condor.Reason);
        var settlements = log.Fills.Where(f => f.Reason == FillReason.Settlement).ToList();
        Assert.Equal(4, settlements.Count);
        Assert.Equal(20, settlements.Single(f => f.Leg == LegKind.ShortCall).Price, 12);
        Assert.All(settlements, f => Assert.Equal(0, f.Commission));

        // IRR: −$7,600 committed on Jan 2; $7,600 − $1,605.20 back on Jan 19, 17 days later.
        double expectedIrr = Math.Pow(5994.80 / 7600, 365.0 / 17) - 1;
        Assert.Equal(expectedIrr, result.Metrics.Irr, 9);
        Assert.Equal(1 - 98_394.80 / 100_000, result.Metrics.MaxDrawdown, 12);
        Assert.Equal(1, result.Metrics.Trades);
        Assert.Equal(0, result.Metrics.WinRate);
        Assert.Equal(-1605.20, result.Metrics.WorstTrade, 9);
        Assert.Equal([2024], result.Years);
        Assert.Equal(98_394.80 / 100_000 - 1, result.YearlyReturns[0], 12);
    }

    [Fact]
    public void A_weekly_condor_settles_PM_at_the_expiration_days_snapshot_level()
    {
        // Same trade as a PM weekly: the open (4800) is ignored, the 4870 level at the snapshot settles it.
        var tape = new TapeBuilder().EntryDay(Jan19, SettlementStyle.Pm).Day(Jan19, 4870, open: 4800).Build();
        var log = new TradeLog();

        var result = Backtest.Run(new MarketContext(tape), Quiet, Capital(100_000, log));

        Assert.Equal(98_394.80, result.Equity[1], 6);
        Assert.Equal(-1605.20, Assert.Single(log.Condors).ProfitAndLoss, 9);
    }

    [Fact]
    public void The_profit_target_closes_the_whole_condor_at_bid_and_ask()
    {
        var tape = new TapeBuilder().EntryDay(Jan19)
            .Day(20240103, 4760).CondorQuotes(Jan19, 3.00m, 3.20m, 0.50m, 0.60m, 4.00m, 4.20m, 1.00m, 1.10m)
            .Build();
        var log = new TradeLog();

        var result = Backtest.Run(new MarketContext(tape), Quiet with { ExitProfitTarget = 0.5 }, Capital(100_000, log));

        // Cost to close: buy 4850 C at 3.20 and 4650 P at 4.20, sell 4900 C at 0.50 and 4600 P at 1.00 = 5.90.
        // Profit 12.00 − 5.90 = 6.10 ≥ 50% × 12.00 → close. Net: 6.10 × 200 − 16 fills-contracts × 0.65 = 1,209.60.
        var condor = Assert.Single(log.Condors);
        Assert.Equal(FillReason.ProfitTarget, condor.Reason);
        Assert.Equal(1209.60, condor.ProfitAndLoss, 9);
        Assert.Equal(101_209.60, result.Equity[1], 6);
        Assert.Equal(1, result.Metrics.WinRate);
        Assert.Equal(8, log.Fills.Count);
    }

    [Fact]
    public void The_stop_loss_closes_when_the_loss_reaches_the_multiple_of_credit()
    {
        var tape = new TapeBuilder().EntryDay(Jan19)
            .Day(20240103, 4880).CondorQuotes(Jan19, 50.00m, 50.60m, 15.00m, 15.40m, 2.00m, 2.20m, 0.40m, 0.50m)
            .Build();
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape), Quiet with { ExitStopLoss = 2.0 }, Capital(100_000, log));

        // Cost to close: 50.60 + 2.20 − 15.00 − 0.40 = 37.40; loss 25.40 ≥ 2 × 12.00 → stop.
        // Net: (12.00 − 37.40) × 200 − 10.40 = −5,090.40.
        var condor = Assert.Single(log.Condors);
        Assert.Equal(FillReason.StopLoss, condor.Reason);
        Assert.Equal(-5090.40, condor.ProfitAndLoss, 9);
    }

    [Fact]
    public void The_stop_loss_waits_while_the_loss_is_below_the_multiple()
    {
        var tape = new TapeBuilder().EntryDay(Jan19)
            .Day(20240103, 4870).CondorQuotes(Jan19, 40.00m, 40.60m, 15.00m, 15.40m, 2.00m, 2.20m, 0.40m, 0.50m)
            .Build();
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape), Quiet with { ExitStopLoss = 2.0 }, Capital(100_000, log));

        // Cost 40.60 + 2.20 − 15.00 − 0.40 = 27.40; loss 15.40 < 24.00: held.
        Assert.Empty(log.Condors);
    }

    [Fact]
    public void The_dte_exit_closes_at_the_chosen_calendar_days_to_expiry()
    {
        const int Feb1 = 20240201;
        var tape = new TapeBuilder().EntryDay(Feb1)
            .Day(20240110, 4750).CondorQuotes(Feb1, 10.00m, 10.50m, 4.00m, 4.50m, 12.00m, 12.50m, 5.00m, 5.50m)
            .Day(20240111, 4750).CondorQuotes(Feb1, 10.00m, 10.50m, 4.00m, 4.50m, 12.00m, 12.50m, 5.00m, 5.50m)
            .Build();
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape), Quiet with { EntryDte = 30, ExitDte = 21 }, Capital(100_000, log));

        // Jan 10 is 22 days before Feb 1 (held); Jan 11 is 21 (closed). Cost 10.50 + 12.50 − 4.00 − 5.00 = 14.00.
        // Net: (12.00 − 14.00) × 200 − 10.40 = −410.40.
        var condor = Assert.Single(log.Condors);
        Assert.Equal(FillReason.DteExit, condor.Reason);
        Assert.Equal(20240111, condor.ClosedDate);
        Assert.Equal(-410.40, condor.ProfitAndLoss, 9);
    }

    [Fact]
    public void A_long_wing_nobody_bids_for_is_abandoned_at_zero_when_the_condor_closes()
    {
        const int Feb1 = 20240201;
        // After a selloff the 4900 call wing is bid 0 / ask 0.05: it cannot be sold, and it is worth nothing.
        var tape = new TapeBuilder().EntryDay(Feb1)
            .Day(20240111, 4650).CondorQuotes(Feb1, 0.30m, 0.40m, 0m, 0.05m, 40.00m, 41.00m, 20.00m, 20.60m)
            .Build();
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape), Quiet with { EntryDte = 30, ExitDte = 21 }, Capital(100_000, log));

        // Close: buy 4850 C at 0.40 and 4650 P at 41.00, sell 4600 P at 20.00, abandon 4900 C at 0 (no commission).
        // Cost 0.40 + 41.00 − 20.00 − 0 = 21.40. Net: (12.00 − 21.40) × 200 − (8 open + 6 traded) × 0.65 = −1,889.10.
        var condor = Assert.Single(log.Condors);
        Assert.Equal(FillReason.DteExit, condor.Reason);
        Assert.Equal(-1889.10, condor.ProfitAndLoss, 9);
        var wing = log.Fills.Single(f => f.Leg == LegKind.LongCall && f.Reason == FillReason.DteExit);
        Assert.Equal((0.0, 0.0, -2), (wing.Price, wing.Commission, wing.Quantity));
    }

    [Fact]
    public void A_leg_without_a_quote_blocks_the_whole_order()
    {
        // The 4600 put has no ask: the long put cannot be bought, so no leg trades.
        var tape = new TapeBuilder().EntryDay(Jan19, longPutAsk: 0).Day(Jan19, 4800).Build();
        var log = new TradeLog();

        var result = Backtest.Run(new MarketContext(tape), Quiet, Capital(100_000, log));

        Assert.Empty(log.Fills);
        Assert.Equal(0, result.Metrics.Trades);
        Assert.Equal([100_000.0, 100_000.0], result.Equity);
    }

    [Theory]
    [InlineData(0.02, 0)] // $2,000 / $3,800 < 1: one contract is too many, skip
    [InlineData(0.04, 1)] // $4,000 / $3,800 = 1.05 → 1
    [InlineData(0.20, 5)] // $20,000 / $3,800 = 5.26 → 5
    public void Sizing_risks_a_fraction_of_equity_at_the_condors_max_loss(double risk, int contracts)
    {
        var tape = new TapeBuilder().EntryDay(Jan19).Day(Jan19, 4750).Build();
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape), Quiet with { SizeRiskPerTrade = risk }, Capital(100_000, log));

        var opens = log.Fills.Where(f => f.Reason == FillReason.Open).ToList();
        Assert.Equal(contracts == 0 ? 0 : 4, opens.Count);
        Assert.All(opens, f => Assert.Equal(contracts, Math.Abs(f.Quantity)));
    }

    [Fact]
    public void A_tested_short_strike_rolls_its_side_to_the_entry_delta_with_the_same_width()
    {
        var tape = new TapeBuilder().EntryDay(Jan19)
            .Day(20240103, 4840)
            .Option(Jan19, OptionRight.Call, 4850, 22.00m, 22.50m, 0.35)
            .Option(Jan19, OptionRight.Call, 4900, 10.00m, 10.40m, 0.16)
            .Option(Jan19, OptionRight.Call, 4950, 4.00m, 4.30m, 0.08)
            .Option(Jan19, OptionRight.Call, 5000, 1.00m, 1.20m, 0.03)
            .Option(Jan19, OptionRight.Put, 4600, 2.00m, 2.30m, -0.04)
            .Option(Jan19, OptionRight.Put, 4650, 4.00m, 4.50m, -0.08)
            .Build();
        var log = new TradeLog();

        Backtest.Run(new MarketContext(tape), Quiet with { AdjustTestedDelta = 0.30 }, Capital(100_000, log));

        // The 4850 C is at delta 0.35 > 0.30: buy it back at 22.50, sell the 4900 C wing at 10.00 (cost 12.50),
        // sell the new 0.16-delta short 4900 C at 10.00 and buy 4950 C (4900 + 50) at 4.30 (credit 5.70).
        // The put side (delta −0.08) is not tested and stays.
        var rolls = log.Fills.Where(f => f.Reason == FillReason.Roll).ToList();
        Assert.Equal(
            [(LegKind.ShortCall, 4850.0, 2, 22.50), (LegKind.LongCall, 4900.0, -2, 10.00), (LegKind.ShortCall, 4900.0, -2, 10.00), (LegKind.LongCall, 4950.0, 2, 4.30)],
            rolls.Select(f => (f.Leg, f.Strike, f.Quantity, f.Price)));
        Assert.All(rolls, f => Assert.Equal(20240103, f.Date));
        Assert.Empty(log.Condors);
    }
}
