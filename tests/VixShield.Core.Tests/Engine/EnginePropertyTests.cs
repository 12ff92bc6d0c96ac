using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;

namespace VixShield.Core.Tests.Engine;

/// <summary>Properties every backtest must have: no look-ahead, bit-identical reruns, no allocation per step.</summary>
public class EnginePropertyTests
{
    private static readonly MarketTape Market = RandomMarket.Create(seed: 11);

    /// <summary>Everything on: filters, exits, rolls and a hedge that trades, so each property covers every rule.</summary>
    private static StrategyParameters Busy => StrategyParameters.Default with
    {
        FilterRsiLow = 20, FilterRsiHigh = 80, FilterVixMax = 60, FilterMacdHistMin = -1000, FilterAdMaDays = 10,
        AdjustTestedDelta = 0.35, HedgeTermRatio = 0.9, HedgeSpacingDays = 2, EntryEveryDays = 2, EntryMaxOpen = 6,
        AdjustStressWingScale = 0.8,
    };

    [Fact]
    public void The_busy_strategy_really_trades_everything_the_properties_rely_on()
    {
        var log = new TradeLog();
        Backtest.Run(new MarketContext(Market), Busy, new BacktestOptions(Recorder: log));

        Assert.True(log.Condors.Count > 20, $"{log.Condors.Count} condors");
        Assert.True(log.HedgeLayers.Count > 5, $"{log.HedgeLayers.Count} layers");
        Assert.Contains(log.Fills, f => f.Reason == FillReason.Roll);
        Assert.Contains(log.Fills, f => f.Reason == FillReason.ProfitTarget);
        Assert.Contains(log.Fills, f => f.Reason == FillReason.DteExit);
    }

    /// <summary>Thresholds near the middle of their indicators' ranges, so that a peek at tomorrow would flip decisions.</summary>
    /// An entry is attempted every snapshot (many small condors), so the VIX filter decides at every cut.
    private static StrategyParameters Tight => Busy with
    {
        FilterVixMax = 18.5, FilterRsiLow = null, FilterRsiHigh = null, HedgeTermRatio = 0.93, EntryEveryDays = 1, EntryMaxOpen = 50,
        SizeRiskPerTrade = 0.006, HedgeMaxLayers = 20, HedgeSpacingDays = 0,
    };

    public static TheoryData<int> Cuts => [.. Enumerable.Range(0, 12).Select(i => 60 + 27 * i)];

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Changing_data_after_a_snapshot_changes_no_decision_at_or_before_it(int cut)
    {
        var original = Market;
        var altered = RandomMarket.Create(seed: 11, divergeAfter: cut);
        Assert.Equal(original.Series.SpxClose[cut], altered.Series.SpxClose[cut]);
        Assert.NotEqual(original.Series.SpxClose[cut + 1], altered.Series.SpxClose[cut + 1]);
        var before = new TradeLog();
        var after = new TradeLog();

        var a = Backtest.Run(new MarketContext(original), Tight, new BacktestOptions(Recorder: before));
        var b = Backtest.Run(new MarketContext(altered), Tight, new BacktestOptions(Recorder: after));

        int cutDate = original.Dates[cut];
        Assert.Equal(before.Fills.Where(f => f.Date <= cutDate), after.Fills.Where(f => f.Date <= cutDate));
        Assert.Equal(a.Equity.Take(cut + 1), b.Equity.Take(cut + 1));
        Assert.NotEqual(a.Equity[^1], b.Equity[^1]);
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Entry_filters_and_the_risk_score_at_or_before_a_snapshot_ignore_what_follows(int cut)
    {
        var original = new MarketContext(Market);
        var altered = new MarketContext(RandomMarket.Create(seed: 11, divergeAfter: cut));
        var filters = (new EntryFilters(original, Tight), new EntryFilters(altered, Tight));
        var scores = (new RiskScore(original, Tight), new RiskScore(altered, Tight));

        for (int t = 0; t <= cut; t++)
        {
            Assert.Equal(filters.Item1.Pass(t), filters.Item2.Pass(t));
            Assert.Equal(scores.Item1.At(t), scores.Item2.At(t));
        }

        // The crash after the cut does show: the two futures are told apart from the next snapshot on.
        Assert.Contains(Enumerable.Range(cut + 1, 5), t => scores.Item1.At(t) != scores.Item2.At(t) || filters.Item1.Pass(t) != filters.Item2.Pass(t));
    }

    [Fact]
    public void The_same_run_twice_gives_bit_identical_results()
    {
        var market = new MarketContext(Market);
        var first = Backtest.Run(market, Busy);
        var second = Backtest.Run(new MarketContext(RandomMarket.Create(seed: 11)), Busy);

        Assert.Equal(first.Metrics, second.Metrics);
        Assert.Equal(first.Equity.Select(BitConverter.DoubleToInt64Bits), second.Equity.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void A_backtest_allocates_its_result_not_per_step()
    {
        var market = new MarketContext(Market);
        var shortRun = new BacktestOptions(ToSnapshot: 99);
        Backtest.Run(market, Busy, shortRun);
        Backtest.Run(market, Busy);

        long Allocated(BacktestOptions options)
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            Backtest.Run(market, Busy, options);
            return GC.GetAllocatedBytesForCurrentThread() - start;
        }

        long shortBytes = Allocated(shortRun);
        long longBytes = Allocated(BacktestOptions.Default);
        int extraSteps = Market.SnapshotCount - 100;
        // The longer run's only extra bytes are its bigger result: equity (8 B) and dates (4 B) per snapshot.
        double perStep = (longBytes - shortBytes) / (double)extraSteps;
        Assert.InRange(perStep, 11.5, 12.5);
    }
}
