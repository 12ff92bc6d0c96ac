using VixShield.Sweeps.Overfitting;

namespace VixShield.Sweeps.Tests.Overfitting;

public sealed class ReturnMomentsTests
{
    [Fact]
    public void Moments_of_five_returns_match_the_hand_computation()
    {
        // Returns 1, 2, 3, 4, 10 (in %): mean 4; deviations −3, −2, −1, 0, 6.
        // Σd² = 9 + 4 + 1 + 0 + 36 = 50: sample variance 50/4 = 12.5, m₂ = 50/5 = 10.
        // Σd³ = −27 − 8 − 1 + 0 + 216 = 180: m₃ = 36, skewness 36 / 10^1.5 = 1.13841995766...
        // Σd⁴ = 81 + 16 + 1 + 0 + 1296 = 1394: m₄ = 278.8, kurtosis 278.8 / 10² = 2.788.
        // The scale (0.01) cancels from skewness and kurtosis.
        var m = ReturnMoments.Of([0.01, 0.02, 0.03, 0.04, 0.10]);
        Assert.Equal(5, m.Count);
        Assert.Equal(0.04, m.Mean, 1e-15);
        Assert.Equal(0.01 * Math.Sqrt(12.5), m.StandardDeviation, 1e-15);
        Assert.Equal(36 / Math.Pow(10, 1.5), m.Skewness, 1e-12);
        Assert.Equal(2.788, m.Kurtosis, 1e-12);
        Assert.Equal(0.04 / (0.01 * Math.Sqrt(12.5)), m.SharpePerPeriod, 1e-12);
    }

    [Fact]
    public void A_symmetric_two_point_series_has_no_skew_and_kurtosis_one()
    {
        // ±1 alternately: every |d| = 1, so m₂ = m₄ = 1, m₃ = 0; mean 0, sample sd √(4/3).
        var m = ReturnMoments.Of([1.0, -1.0, 1.0, -1.0]);
        Assert.Equal(0, m.Mean);
        Assert.Equal(Math.Sqrt(4.0 / 3), m.StandardDeviation, 1e-15);
        Assert.Equal(0, m.Skewness, 1e-15);
        Assert.Equal(1, m.Kurtosis, 1e-15);
    }

    [Fact]
    public void A_constant_series_has_no_spread_so_skewness_kurtosis_and_Sharpe_are_undefined()
    {
        var m = ReturnMoments.Of([0.002, 0.002, 0.002]);
        Assert.Equal(0, m.StandardDeviation);
        Assert.True(double.IsNaN(m.Skewness));
        Assert.True(double.IsNaN(m.Kurtosis));
        Assert.True(double.IsNaN(m.SharpePerPeriod));
    }

    [Fact]
    public void Fewer_than_two_or_non_finite_returns_are_refused()
    {
        Assert.Contains("at least 2 returns; got 1", Assert.Throws<ArgumentException>(() => ReturnMoments.Of([0.01])).Message);
        Assert.Contains("return 1 is NaN", Assert.Throws<ArgumentException>(() => ReturnMoments.Of([0.01, double.NaN])).Message);
    }
}
