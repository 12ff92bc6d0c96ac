using VixShield.Core.Indicators;

namespace VixShield.Core.Tests.Indicators;

public class BreadthTests
{
    // Net advances: +500, −300, +100, −700, −200, +900.
    private static readonly int[] Advances = [1800, 1200, 1600, 1100, 1400, 2000];
    private static readonly int[] Declines = [1300, 1500, 1500, 1800, 1600, 1100];

    [Fact]
    public void Line_is_the_running_total_of_net_advances()
    {
        // 500; 500 − 300 = 200; 300; −400; −600; 300.
        var line = Breadth.AdvanceDeclineLine(Advances, Declines);
        Assert.Equal([500.0, 200, 300, -400, -600, 300], line.Values.ToArray());
        Assert.Equal(0, line.FirstReady);
    }

    [Fact]
    public void Below_and_above_its_average_are_both_false_while_warming_up()
    {
        // 3-day average of the line: from index 2, (500+200+300)/3 = 333.33, (200+300−400)/3 = 33.33,
        // (300−400−600)/3 = −233.33, (−400−600+300)/3 = −233.33.
        // Line vs average: 300 < 333.33 below; −400 < 33.33 below; −600 < −233.33 below; 300 ≥ −233.33 above.
        var trend = new AdvanceDeclineTrend(Breadth.AdvanceDeclineLine(Advances, Declines), 3);
        Assert.Equal(1000.0 / 3, trend.Average[2], 1e-12);
        Assert.Equal(-700.0 / 3, trend.Average[5], 1e-12);
        for (int t = 0; t < 2; t++)
        {
            Assert.False(trend.IsBelowAverage(t));
            Assert.False(trend.IsAtOrAboveAverage(t));
        }

        Assert.True(trend.IsBelowAverage(2));
        Assert.True(trend.IsBelowAverage(3));
        Assert.True(trend.IsBelowAverage(4));
        Assert.False(trend.IsBelowAverage(5));
        Assert.True(trend.IsAtOrAboveAverage(5));
    }

    [Fact]
    public void Line_is_exact_far_beyond_int_range()
    {
        int n = 5000;
        var adv = Enumerable.Repeat(int.MaxValue, n).ToArray();
        var dec = new int[n];
        var line = Breadth.AdvanceDeclineLine(adv, dec);
        Assert.Equal((double)int.MaxValue * n, line[n - 1]);
    }

    [Fact]
    public void Vix_term_ratio_is_NaN_without_a_positive_vix3m()
    {
        var ratio = VixTermStructure.Ratio([20.0, 30, 15, 18], [25.0, 25, 0, double.NaN]);
        Assert.Equal(0.8, ratio[0], 1e-15);
        Assert.Equal(1.2, ratio[1], 1e-15);
        Assert.True(double.IsNaN(ratio[2]));
        Assert.True(double.IsNaN(ratio[3]));
    }
}
