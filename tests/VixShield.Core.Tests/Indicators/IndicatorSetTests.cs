using VixShield.Core.Indicators;

namespace VixShield.Core.Tests.Indicators;

public class IndicatorSetTests
{
    private static IndicatorSet Build(int n = 300, IEnumerable<int>? rsiPeriods = null)
    {
        var closes = Enumerable.Range(0, n).Select(i => 4000 + 80 * Math.Sin(i * 0.05) + 5 * Math.Sin(i * 1.3)).ToArray();
        var vix = Enumerable.Range(0, n).Select(i => 18 + 6 * Math.Sin(i * 0.11)).ToArray();
        var vix3m = Enumerable.Range(0, n).Select(i => 20 + 2 * Math.Sin(i * 0.07)).ToArray();
        var advances = Enumerable.Range(0, n).Select(i => 1500 + (int)(400 * Math.Sin(i * 0.3))).ToArray();
        var declines = Enumerable.Range(0, n).Select(i => 1500 - (int)(300 * Math.Sin(i * 0.21))).ToArray();
        return new IndicatorSet(closes, vix, vix3m, advances, declines, rsiPeriods, [20]);
    }

    [Fact]
    public void Holds_the_same_values_as_the_indicators_computed_alone()
    {
        var set = Build();
        Assert.Equal(300, set.Count);
        Assert.Equal(33, set.Macd.Histogram.FirstReady);
        Assert.Equal(14, set.Rsi(14).FirstReady);
        Assert.Equal(19, set.AdvanceDecline(20).Average.FirstReady);
        Assert.Equal(0, set.VixTermRatio.FirstReady);
        Assert.Same(set.AdvanceDeclineLine, set.AdvanceDecline(20).Line);
    }

    [Fact]
    public void Each_period_is_computed_once_even_under_concurrent_backtests()
    {
        var set = Build(rsiPeriods: [14]);
        var first = set.Rsi(14);
        var seen = new IndicatorSeries[64];
        var seenBreadth = new AdvanceDeclineTrend[64];
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            seen[i] = set.Rsi(7 + i % 4);
            seenBreadth[i] = set.AdvanceDecline(10 + i % 3);
        });

        Assert.Same(first, set.Rsi(14));
        for (int i = 0; i < 64; i++)
        {
            Assert.Same(set.Rsi(7 + i % 4), seen[i]);
            Assert.Same(set.AdvanceDecline(10 + i % 3), seenBreadth[i]);
            Assert.Equal(7 + i % 4, seen[i].FirstReady);
        }
    }

    [Fact]
    public void Rejects_a_bad_period_without_caching_it_and_mismatched_series()
    {
        var set = Build(50);
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Rsi(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.AdvanceDecline(-1));
        Assert.Throws<ArgumentException>(() => new IndicatorSet([1.0, 2], [1.0], [1.0, 2], [1, 2], [1, 2]));
    }

    [Fact]
    public void Every_indicator_at_t_uses_inputs_up_to_t_only()
    {
        var full = Build(120);
        for (int t = 0; t < 120; t += 7)
        {
            var prefix = Build(t + 1);
            Assert.Equal(full.Rsi(14)[t], prefix.Rsi(14)[t]);
            Assert.Equal(full.Macd.Histogram[t], prefix.Macd.Histogram[t]);
            Assert.Equal(full.AdvanceDecline(20).Average[t], prefix.AdvanceDecline(20).Average[t]);
            Assert.Equal(full.VixTermRatio[t], prefix.VixTermRatio[t]);
        }
    }

    [Fact]
    public void Reading_cached_indicators_per_step_allocates_nothing()
    {
        var set = Build(rsiPeriods: [14]);
        set.AdvanceDecline(20);
        int Step(int t) =>
            (set.Rsi(14)[t] <= 35 ? 1 : 0) + (set.Macd.IsHistogramNegativeAndFalling(t) ? 1 : 0)
            + (set.AdvanceDecline(20).IsBelowAverage(t) ? 1 : 0) + (set.VixTermRatio[t] >= 1 ? 1 : 0);
        Step(0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int score = 0;
        for (int t = 0; t < set.Count; t++)
            score += Step(t);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
        Assert.True(score > 0);
    }
}
