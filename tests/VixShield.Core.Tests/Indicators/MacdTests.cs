using VixShield.Core.Indicators;

namespace VixShield.Core.Tests.Indicators;

public class MacdTests
{
    [Fact]
    public void Short_periods_by_hand()
    {
        // MACD(2, 3, 2) on 10, 11, 13, 12, 15, 14, 16, in exact fractions:
        //   EMA2 (α = 2/3): seed at 1 = 21/2; 73/6; 217/18; 757/54; 2269/162; 7453/486
        //     e.g. 21/2 + 2/3 (13 − 21/2) = 21/2 + 5/3 = 73/6
        //   EMA3 (α = 1/2): seed at 2 = 34/3; 35/3; 40/3; 41/3; 89/6
        //   line from 2: 73/6 − 34/3 = 5/6; 217/18 − 35/3 = 7/18; 757/54 − 40/3 = 37/54; 55/162; 122/243
        //   signal EMA2 of the line, seeded at 3 with (5/6 + 7/18)/2 = 11/18;
        //     11/18 + 2/3 (37/54 − 11/18) = 107/162; 107/162 + 2/3 (55/162 − 107/162) = 217/486;
        //     217/486 + 2/3 (122/243 − 217/486) = 235/486
        //   histogram: 7/18 − 11/18 = −2/9; 37/54 − 107/162 = 2/81; 55/162 − 217/486 = −26/243; 122/243 − 235/486 = 1/54
        var macd = Macd.Compute([10.0, 11, 13, 12, 15, 14, 16], 2, 3, 2);

        Assert.Equal(2, macd.Line.FirstReady);
        Assert.Equal(3, macd.Signal.FirstReady);
        Assert.Equal(3, macd.Histogram.FirstReady);
        double[] line = [5.0 / 6, 7.0 / 18, 37.0 / 54, 55.0 / 162, 122.0 / 243];
        for (int i = 0; i < line.Length; i++)
            Assert.Equal(line[i], macd.Line[2 + i], 1e-12);
        double[] signal = [11.0 / 18, 107.0 / 162, 217.0 / 486, 235.0 / 486];
        double[] histogram = [-2.0 / 9, 2.0 / 81, -26.0 / 243, 1.0 / 54];
        for (int i = 0; i < signal.Length; i++)
        {
            Assert.Equal(signal[i], macd.Signal[3 + i], 1e-12);
            Assert.Equal(histogram[i], macd.Histogram[3 + i], 1e-12);
        }
    }

    [Fact]
    public void Standard_12_26_9_warms_up_at_33()
    {
        // EMA26 is seeded with the mean of closes 0..25, so the line starts at 25; the signal needs 9 line values,
        // 25..33, so the signal and the histogram start at 25 + 9 − 1 = 33 = 26 + 9 − 2.
        var closes = Wave(60);
        var macd = Macd.Compute(closes);
        Assert.Equal(11, MovingAverage.Exponential(closes, 12).FirstReady);
        Assert.Equal(25, macd.Line.FirstReady);
        Assert.Equal(33, macd.Signal.FirstReady);
        Assert.Equal(33, macd.Histogram.FirstReady);
        Assert.Equal(33, Macd.Compute(Wave(34)).Histogram.FirstReady);
        Assert.Equal(33, Macd.Compute(Wave(33)).Histogram.FirstReady); // never ready: FirstReady = Count
    }

    [Fact]
    public void Standard_12_26_9_matches_the_definition_recomputed_from_scratch()
    {
        // The reference recomputes every EMA from its seed for each t, straight from the definition, so it shares
        // no running state with the production code. The two EMAs are near 4000, where one double ulp is 9.1e-13,
        // and the line is their difference; the reference's own association order (αx + (1 − α)e, Σ x/n) differs
        // from production by a few ulps, so 1e-11 (about ten ulps of the inputs) is the honest tolerance here.
        var closes = Wave(80);
        var macd = Macd.Compute(closes);
        for (int t = 33; t < closes.Length; t++)
        {
            double Line(int k) => ReferenceEma(closes, 0, 12, k) - ReferenceEma(closes, 0, 26, k);
            var lineValues = Enumerable.Range(0, t + 1).Select(k => k >= 25 ? Line(k) : double.NaN).ToArray();
            double signal = ReferenceEma(lineValues, 25, 9, t);
            Assert.Equal(Line(t), macd.Line[t], 1e-11);
            Assert.Equal(signal, macd.Signal[t], 1e-11);
            Assert.Equal(Line(t) - signal, macd.Histogram[t], 1e-11);
        }
    }

    [Fact]
    public void Value_at_t_uses_closes_up_to_t_only()
    {
        var closes = Wave(50);
        var full = Macd.Compute(closes);
        for (int t = 0; t < closes.Length; t++)
        {
            var prefix = Macd.Compute(closes.AsSpan(0, t + 1));
            Assert.Equal(full.Histogram[t], prefix.Histogram[t]);
            Assert.Equal(full.Line[t], prefix.Line[t]);
        }
    }

    [Fact]
    public void Hedge_signal_is_negative_and_falling_and_silent_while_warming_up()
    {
        var macd = Macd.Compute([10.0, 11, 13, 12, 15, 14, 16], 2, 3, 2);
        // Histogram: −2/9 at 3 (no previous value), 2/81, −26/243 (negative, below 2/81), 1/54.
        Assert.False(macd.IsHistogramNegativeAndFalling(0));
        Assert.False(macd.IsHistogramNegativeAndFalling(3));
        Assert.False(macd.IsHistogramNegativeAndFalling(4));
        Assert.True(macd.IsHistogramNegativeAndFalling(5));
        Assert.False(macd.IsHistogramNegativeAndFalling(6));

        Assert.False(macd.IsHistogramAtLeast(2, double.NegativeInfinity));
        Assert.True(macd.IsHistogramAtLeast(4, 0));
        Assert.False(macd.IsHistogramAtLeast(5, 0));
    }

    [Fact]
    public void Rejects_periods_that_are_not_a_fast_and_a_slow_average()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Macd.Compute(Wave(40), 26, 12, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Macd.Compute(Wave(40), 12, 26, 0));
    }

    private static double ReferenceEma(double[] values, int start, int period, int t)
    {
        double ema = 0;
        for (int k = start; k < start + period; k++)
            ema += values[k] / period;
        double alpha = 2.0 / (period + 1);
        for (int k = start + period; k <= t; k++)
            ema = alpha * values[k] + (1 - alpha) * ema;
        return ema;
    }

    private static double[] Wave(int count) =>
        Enumerable.Range(0, count).Select(i => 4000 + 50 * Math.Sin(i * 0.37) + 3 * i + 7 * Math.Cos(i * 1.9)).ToArray();
}
