using VixShield.Core.Indicators;

namespace VixShield.Core.Tests.Indicators;

public class MovingAverageTests
{
    private static readonly double[] Closes = [10, 11, 13, 12, 15, 14, 16];

    [Fact]
    public void Simple_average_of_the_last_n_values()
    {
        // (10+11+13)/3 = 34/3, (11+13+12)/3 = 12, (13+12+15)/3 = 40/3, (12+15+14)/3 = 41/3, (15+14+16)/3 = 15.
        var sma = MovingAverage.Simple(Closes, 3);
        Assert.Equal(2, sma.FirstReady);
        Assert.True(double.IsNaN(sma[0]) && double.IsNaN(sma[1]));
        Assert.Equal(34.0 / 3, sma[2], 1e-12);
        Assert.Equal(12, sma[3], 1e-12);
        Assert.Equal(40.0 / 3, sma[4], 1e-12);
        Assert.Equal(41.0 / 3, sma[5], 1e-12);
        Assert.Equal(15, sma[6], 1e-12);
    }

    [Fact]
    public void Exponential_average_is_seeded_with_the_simple_mean()
    {
        // EMA(3): α = 2/4 = 0.5; seed at 2 = 34/3; then 34/3 + .5(12 − 34/3) = 35/3; 35/3 + .5(15 − 35/3) = 40/3;
        // 40/3 + .5(14 − 40/3) = 41/3; 41/3 + .5(16 − 41/3) = 89/6.
        var ema = MovingAverage.Exponential(Closes, 3);
        Assert.Equal(2, ema.FirstReady);
        Assert.Equal(34.0 / 3, ema[2], 1e-12);
        Assert.Equal(35.0 / 3, ema[3], 1e-12);
        Assert.Equal(40.0 / 3, ema[4], 1e-12);
        Assert.Equal(41.0 / 3, ema[5], 1e-12);
        Assert.Equal(89.0 / 6, ema[6], 1e-12);
    }

    [Fact]
    public void Leading_NaN_delays_the_warm_up_and_a_later_gap_propagates()
    {
        double[] values = [double.NaN, double.NaN, 1, 2, 3, double.NaN, 5];
        var sma = MovingAverage.Simple(values, 2);
        var ema = MovingAverage.Exponential(values, 2);
        Assert.Equal(3, sma.FirstReady);
        Assert.Equal(3, ema.FirstReady);
        Assert.Equal(1.5, sma[3]);
        Assert.Equal(2.5, sma[4]);
        Assert.Equal(1.5, ema[3]);
        Assert.True(double.IsNaN(sma[5]) && double.IsNaN(sma[6]));
        Assert.True(double.IsNaN(ema[5]) && double.IsNaN(ema[6]));
    }

    [Fact]
    public void Too_short_a_series_is_all_NaN()
    {
        Assert.Equal(2, MovingAverage.Simple([1.0, 2], 3).FirstReady);
        Assert.Equal(2, MovingAverage.Exponential([1.0, 2], 3).FirstReady);
        Assert.Equal(0, MovingAverage.Exponential([], 3).Count);
    }

    [Fact]
    public void Period_one_is_the_series_itself()
    {
        Assert.Equal(Closes, MovingAverage.Simple(Closes, 1).Values.ToArray());
        Assert.Equal(Closes, MovingAverage.Exponential(Closes, 1).Values.ToArray());
    }

    [Fact]
    public void Refuses_an_overlapping_destination()
    {
        var values = new double[] { 1, 2, 3, 4 };
        Assert.Throws<ArgumentException>(() => MovingAverage.Simple(values, 2, values));
        Assert.Throws<ArgumentOutOfRangeException>(() => MovingAverage.Simple(values, 0));
    }
}
