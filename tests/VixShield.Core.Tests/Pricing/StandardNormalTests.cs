using VixShield.Core.Pricing;

namespace VixShield.Core.Tests.Pricing;

public class StandardNormalTests
{
    // Φ(x) to 16+ significant digits (from erfc in extended precision; the first five agree with printed tables).
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.841344746068542949)]
    [InlineData(-1.0, 0.158655253931457051)]
    [InlineData(-1.96, 0.0249978951482204362)]
    [InlineData(3.0, 0.998650101968369905)]
    [InlineData(1.5, 0.933192798731141934)]
    [InlineData(-0.5, 0.308537538725986896)]
    [InlineData(2.5, 0.993790334674223865)]
    public void Cdf_matches_known_values_to_1e_12(double x, double expected) =>
        Assert.Equal(expected, StandardNormal.Cdf(x), 1e-12);

    // In the tails an absolute 1e-12 says nothing, so the left tail is also held to a relative error. Hart's
    // approximation is accurate to ~1e-16 absolute everywhere, but its relative error grows in the far tail
    // (measured against extended precision: 5e-11 at −5, 5e-10 at −6, 2.6e-9 at −7, 8.7e-9 at −8, where the
    // four-term continued fraction takes over). That is far below a cent on any option price, so 2e-8 relative is
    // asserted: tight enough to catch a wrong coefficient, honest about the method.
    [Theory]
    [InlineData(-3.0, 1.349898031630094527e-3)]
    [InlineData(-5.0, 2.866515718791939117e-7)]
    [InlineData(-6.0, 9.865876450376981407e-10)]
    [InlineData(-7.0, 1.279812543885835004e-12)]
    [InlineData(-7.5, 3.190891672910896228e-14)]
    [InlineData(-8.0, 6.220960574271784124e-16)]
    public void Left_tail_absolute_and_relative(double x, double expected)
    {
        Assert.Equal(expected, StandardNormal.Cdf(x), 1e-12);
        Assert.Equal(expected, StandardNormal.Cdf(x), expected * 2e-8);
        Assert.Equal(1 - expected, StandardNormal.Cdf(-x), 1e-15);
    }

    [Fact]
    public void Cdf_is_symmetric_and_saturates()
    {
        for (double x = -9; x <= 9; x += 0.125)
            Assert.Equal(1.0, StandardNormal.Cdf(x) + StandardNormal.Cdf(-x), 1e-15);
        Assert.Equal(0.0, StandardNormal.Cdf(-40));
        Assert.Equal(1.0, StandardNormal.Cdf(40));
    }

    [Fact]
    public void Pdf_at_zero_and_one()
    {
        Assert.Equal(0.398942280401432678, StandardNormal.Pdf(0), 1e-16);
        Assert.Equal(0.241970724519143350, StandardNormal.Pdf(1), 1e-16);
    }

    [Theory]
    [InlineData(1e-200)]
    [InlineData(1e-15)]
    [InlineData(1e-9)]
    [InlineData(1e-4)]
    [InlineData(0.01)]
    [InlineData(0.02425)]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.9)]
    [InlineData(0.97575)]
    [InlineData(0.99)]
    [InlineData(0.9999)]
    public void InverseCdf_round_trips(double p)
    {
        double x = StandardNormal.InverseCdf(p);
        // Halley's step inverts this Cdf itself, so the round trip is tight even where Cdf's relative error is not:
        // relative in p on the left (p small), absolute on the right (Cdf computes 1 − tail there).
        if (p < 0.5)
            Assert.Equal(p, StandardNormal.Cdf(x), p * 1e-12);
        else
            Assert.Equal(p, StandardNormal.Cdf(x), 1e-15);
    }

    [Fact]
    public void InverseCdf_known_quantiles_and_ends()
    {
        Assert.Equal(0.0, StandardNormal.InverseCdf(0.5), 1e-15);
        Assert.Equal(1.959963984540054, StandardNormal.InverseCdf(0.975), 1e-13);
        Assert.Equal(-1.644853626951472, StandardNormal.InverseCdf(0.05), 1e-13);
        // Far-tail quantiles inherit Cdf's relative error divided by |x| (dx = dp / φ(x) ≈ relerr / |x|): ~1e-10.
        Assert.Equal(-6.361340902404056, StandardNormal.InverseCdf(1e-10), 1e-9);
        Assert.Equal(-7.941345326170997, StandardNormal.InverseCdf(1e-15), 1e-8);
        Assert.Equal(double.NegativeInfinity, StandardNormal.InverseCdf(0));
        Assert.Equal(double.PositiveInfinity, StandardNormal.InverseCdf(1));
    }
}
