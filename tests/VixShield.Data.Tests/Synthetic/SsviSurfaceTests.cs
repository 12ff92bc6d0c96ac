using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

public class SsviSurfaceTests
{
    [Theory]
    [InlineData(0.00001)]
    [InlineData(0.0005)]
    [InlineData(0.003)]
    [InlineData(0.02)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void Default_spx_and_vix_slices_have_no_butterfly_arbitrage(double theta)
    {
        foreach (var parameters in new[] { SsviParameters.SpxDefault, SsviParameters.VixDefault })
        {
            var surface = new SsviSurface(parameters);
            for (double k = -3; k <= 3; k += 0.01)
                Assert.True(surface.ButterflyDensity(k, theta) >= 0, $"g({k:F2}) < 0 at θ {theta} for {parameters}");
        }
    }

    [Fact]
    public void Total_variance_grows_with_theta_at_every_moneyness()
    {
        var surface = new SsviSurface(SsviParameters.SpxDefault);
        for (double k = -2; k <= 1; k += 0.02)
        {
            double previous = 0;
            for (double theta = 1e-5; theta < 1; theta *= 1.2)
            {
                double w = surface.TotalVariance(k, theta);
                Assert.True(w >= previous - 1e-15, $"calendar arbitrage at k {k:F2}, θ {theta}");
                previous = w;
            }
        }
    }

    [Fact]
    public void Spx_smile_is_richer_on_the_put_wing()
    {
        var surface = new SsviSurface(SsviParameters.SpxDefault);
        double theta = 0.0225 * 30 / 365;
        Assert.True(surface.ImpliedVol(-0.05, theta, 30 / 365.0) > surface.ImpliedVol(0.05, theta, 30 / 365.0));
        Assert.Equal(0.15, surface.ImpliedVol(0, theta, 30 / 365.0), 10);
    }

    [Fact]
    public void Invalid_parameters_are_reported()
    {
        var problems = new SyntheticMarketOptions { SpxSurface = new SsviParameters(-0.7, 1.5, 0.45) }.Problems();
        Assert.Contains(problems, p => p.Contains("no butterfly arbitrage"));
        Assert.Throws<ArgumentException>(() => new SyntheticMarketOptions { Start = new DateOnly(2020, 1, 4), End = new DateOnly(2020, 1, 5) }.Validate());
    }
}
