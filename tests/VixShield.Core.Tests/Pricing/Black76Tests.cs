using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Core.Tests.Pricing;

public class Black76Tests
{
    [Fact]
    public void At_the_money_example_call_equals_put()
    {
        // F = K = 20, r = 9%, σ = 25%, T = 4 months. d1 = σ√T/2 = 0.25 × 0.57735 / 2 = 0.0721688, d2 = −0.0721688,
        // c = e^−0.03 × 20 × (N(0.0721688) − N(−0.0721688)) = 0.9704455 × 20 × 0.0575299 = 1.1166.
        // At the money forward, parity C − P = e^−rT (F − K) = 0 makes the put equal.
        double call = Black76.Price(OptionRight.Call, 20, 20, 4.0 / 12, 0.09, 0.25);
        double put = Black76.Price(OptionRight.Put, 20, 20, 4.0 / 12, 0.09, 0.25);
        Assert.Equal(1.1166, call, 0.00005);
        Assert.Equal(1.1166414565589435, call, 1e-12);
        Assert.Equal(call, put, 1e-14);
    }

    [Theory]
    [InlineData(22.5, 20, 30.0 / 365, 0.05, 0.9)]
    [InlineData(18, 27, 60.0 / 365, 0.05, 1.1)]
    [InlineData(20, 20, 4.0 / 12, 0.09, 0.25)]
    public void Put_call_parity_on_a_future(double forward, double strike, double years, double rate, double vol)
    {
        var c = Black76.Greeks(OptionRight.Call, forward, strike, years, rate, vol);
        var p = Black76.Greeks(OptionRight.Put, forward, strike, years, rate, vol);
        double disc = Math.Exp(-rate * years);
        Assert.Equal(disc * (forward - strike), c.Price - p.Price, 1e-13);
        Assert.Equal(disc, c.Delta - p.Delta, 1e-14);
        Assert.Equal(c.Gamma, p.Gamma, 1e-15);
        Assert.Equal(c.Vega, p.Vega, 1e-13);
        // Θc − Θp = −∂/∂T [e^−rT (F − K)] = r e^−rT (F − K).
        Assert.Equal(rate * disc * (forward - strike), c.Theta - p.Theta, 1e-12);
    }

    [Theory]
    [InlineData(OptionRight.Call, 22.5, 27, 45.0 / 365, 0.05, 0.95)]
    [InlineData(OptionRight.Call, 16, 19, 60.0 / 365, 0.04, 0.80)]
    [InlineData(OptionRight.Put, 20, 20, 4.0 / 12, 0.09, 0.25)]
    [InlineData(OptionRight.Put, 30, 25, 20.0 / 365, 0.05, 1.20)]
    public void Greeks_match_finite_differences_of_the_price(OptionRight right, double forward, double strike, double years, double rate, double vol)
    {
        double Price(double f, double t, double v) => Black76.Price(right, f, strike, t, rate, v);
        var g = Black76.Greeks(right, forward, strike, years, rate, vol);

        double hf = forward * 1e-4, hv = 1e-5, ht = years * 1e-4;
        double delta = (Price(forward + hf, years, vol) - Price(forward - hf, years, vol)) / (2 * hf);
        double gamma = (Price(forward + hf, years, vol) - 2 * Price(forward, years, vol) + Price(forward - hf, years, vol)) / (hf * hf);
        double vega = (Price(forward, years, vol + hv) - Price(forward, years, vol - hv)) / (2 * hv);
        double theta = -(Price(forward, years + ht, vol) - Price(forward, years - ht, vol)) / (2 * ht);

        Assert.Equal(delta, g.Delta, 1e-8);
        Assert.Equal(gamma, g.Gamma, Math.Abs(gamma) * 1e-4 + 1e-8);
        Assert.Equal(vega, g.Vega, Math.Abs(vega) * 1e-7 + 1e-8);
        Assert.Equal(theta, g.Theta, Math.Abs(theta) * 1e-6 + 1e-8);
    }

    [Fact]
    public void At_expiry_the_price_is_intrinsic()
    {
        Assert.Equal(4, Black76.Price(OptionRight.Call, 24, 20, 0, 0.05, 0.9));
        Assert.Equal(0, Black76.Price(OptionRight.Call, 18, 20, 0, 0.05, 0.9));
    }
}
