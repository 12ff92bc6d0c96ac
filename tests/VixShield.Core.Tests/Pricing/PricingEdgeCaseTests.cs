using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Core.Tests.Pricing;

/// <summary>Regressions for the edges the oracle review found: zero volatility, slivers of time value, impossible prices.</summary>
public class PricingEdgeCaseTests
{
    [Theory]
    [InlineData(OptionRight.Call, 110.0)]
    [InlineData(OptionRight.Put, 90.0)]
    public void Greeks_at_zero_volatility_agree_with_price(OptionRight right, double spot)
    {
        // With time left and no volatility the option is worth its discounted forward intrinsic value, and its delta
        // is the dividend discount factor, not 1.
        double t = 0.5, r = 0.05, q = 0.02;
        var g = BlackScholes.Greeks(right, spot, 100, t, r, q, 0);
        Assert.Equal(BlackScholes.Price(right, spot, 100, t, r, q, 0), g.Price, 12);
        Assert.Equal((right == OptionRight.Call ? 1 : -1) * Math.Exp(-q * t), g.Delta, 12);
    }

    [Fact]
    public void Black76_delta_at_zero_volatility_is_discounted()
    {
        double t = 0.25, r = 0.04;
        var g = Black76.Greeks(OptionRight.Call, 25, 20, t, r, 0);
        Assert.Equal(Math.Exp(-r * t), g.Delta, 12);
        Assert.Equal(Black76.Price(OptionRight.Call, 25, 20, t, r, 0), g.Price, 12);
    }

    [Fact]
    public void Implied_vol_of_a_deep_in_the_money_short_dated_put_is_as_precise_as_the_price_allows()
    {
        // Price ≈ 9.94, vega ≈ 1.7e-4: a price known to ~1e-14 relative pins σ to ~1e-14 × 9.94 / 1.7e-4 ≈ 6e-10.
        // The old solver stopped on a loose price tolerance and came back 2.6e-8 off here.
        double s = 100, k = 110, t = 7 / 365.0, r = 0.03, q = 0.01, vol = 0.15;
        var g = BlackScholes.Greeks(OptionRight.Put, s, k, t, r, q, vol);
        double implied = ImpliedVolatility.FromBlackScholes(OptionRight.Put, g.Price, s, k, t, r, q);
        Assert.InRange(Math.Abs(implied - vol), 0, 1e-14 * g.Price / g.Vega);
    }

    [Fact]
    public void A_price_that_needs_more_than_the_solvers_ceiling_is_nan_not_the_ceiling()
    {
        double s = 100, k = 100, t = 1, r = 0, q = 0;
        double price = BlackScholes.Price(OptionRight.Call, s, k, t, r, q, 12.0);
        Assert.True(price < s);
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Call, price, s, k, t, r, q)));
    }

    [Fact]
    public void A_premium_too_small_to_carry_a_volatility_is_nan_not_the_starting_guess()
    {
        // Far out of the money, a premium of 1e-14 points corresponds to no volatility the solver can resolve.
        double implied = ImpliedVolatility.FromBlackScholes(OptionRight.Call, 1e-14, 100, 300, 7 / 365.0, 0.03, 0);
        Assert.True(double.IsNaN(implied) || Math.Abs(BlackScholes.Price(OptionRight.Call, 100, 300, 7 / 365.0, 0.03, 0, implied) - 1e-14) < 1e-15);
        Assert.NotEqual(0.2, implied);
    }
}
