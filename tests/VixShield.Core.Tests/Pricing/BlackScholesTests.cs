using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Core.Tests.Pricing;

public class BlackScholesTests
{
    [Fact]
    public void Hulls_worked_example()
    {
        // Hull, Options, Futures and Other Derivatives (Black-Scholes-Merton chapter): S = 42, K = 40, r = 10%,
        // σ = 20%, T = 0.5, no dividend. d1 = (ln 1.05 + 0.12 × 0.5) / 0.1414 = 0.7693, d2 = 0.6278,
        // c = 42 N(0.7693) − 40 e^−0.05 N(0.6278) = 4.76, p = 40 e^−0.05 N(−0.6278) − 42 N(−0.7693) = 0.81.
        // Four decimals, from d1 = 0.769262628, d2 = 0.627841272: 4.7594, 0.8086.
        double call = BlackScholes.Price(OptionRight.Call, 42, 40, 0.5, 0.10, 0, 0.20);
        double put = BlackScholes.Price(OptionRight.Put, 42, 40, 0.5, 0.10, 0, 0.20);
        Assert.Equal(4.7594, call, 0.00005);
        Assert.Equal(0.8086, put, 0.00005);
        Assert.Equal(4.759422392871533, call, 1e-12);
        Assert.Equal(0.808599372900094, put, 1e-12);
    }

    [Theory]
    [InlineData(4500, 4500, 45.0 / 365, 0.05, 0.015, 0.18)]
    [InlineData(4500, 4000, 30.0 / 365, 0.03, 0.02, 0.30)]
    [InlineData(4500, 5000, 1.5, 0.01, 0.0, 0.12)]
    [InlineData(42, 40, 0.5, 0.10, 0.03, 0.20)]
    public void Put_call_parity_with_a_dividend_yield(double spot, double strike, double years, double rate, double q, double vol)
    {
        // C − P = S e^−qT − K e^−rT, for prices and (differentiated) for the Greeks: Δc − Δp = e^−qT, equal Γ and ν,
        // Θc − Θp = q S e^−qT − r K e^−rT.
        var c = BlackScholes.Greeks(OptionRight.Call, spot, strike, years, rate, q, vol);
        var p = BlackScholes.Greeks(OptionRight.Put, spot, strike, years, rate, q, vol);
        double forwardLeg = spot * Math.Exp(-q * years), strikeLeg = strike * Math.Exp(-rate * years);
        double scale = Math.Max(1, spot);
        Assert.Equal(forwardLeg - strikeLeg, c.Price - p.Price, 1e-12 * scale);
        Assert.Equal(BlackScholes.Price(OptionRight.Call, spot, strike, years, rate, q, vol), c.Price, 1e-12 * scale);
        Assert.Equal(Math.Exp(-q * years), c.Delta - p.Delta, 1e-14);
        Assert.Equal(c.Gamma, p.Gamma, 1e-16);
        Assert.Equal(c.Vega, p.Vega, 1e-12 * scale);
        Assert.Equal(q * forwardLeg - rate * strikeLeg, c.Theta - p.Theta, 1e-11 * scale);
    }

    [Theory]
    [InlineData(OptionRight.Call, 4500, 4500, 45.0 / 365, 0.05, 0.015, 0.18)]
    [InlineData(OptionRight.Put, 4500, 4200, 45.0 / 365, 0.05, 0.015, 0.22)]
    [InlineData(OptionRight.Call, 4500, 4800, 20.0 / 365, 0.04, 0.015, 0.15)]
    [InlineData(OptionRight.Put, 42, 40, 0.5, 0.10, 0.03, 0.20)]
    [InlineData(OptionRight.Call, 100, 120, 2.0, 0.02, 0.01, 0.35)]
    public void Greeks_match_finite_differences_of_the_price(OptionRight right, double spot, double strike, double years, double rate, double q, double vol)
    {
        double Price(double s, double t, double v) => BlackScholes.Price(right, s, strike, t, rate, q, v);
        var g = BlackScholes.Greeks(right, spot, strike, years, rate, q, vol);

        // Central differences: truncation h²/6 × ∂³P and rounding ~1e-12/h (the price is a difference of two
        // terms near the spot). A short-dated out-of-the-money call has a large ∂³P/∂S³, so delta uses the smaller
        // step; gamma, a second difference, keeps the larger one so that rounding (~1e-12/h²) stays small.
        double hs = spot * 1e-4, hd = spot * 1e-5, hv = 1e-5, ht = years * 1e-4;
        double delta = (Price(spot + hd, years, vol) - Price(spot - hd, years, vol)) / (2 * hd);
        double gamma = (Price(spot + hs, years, vol) - 2 * Price(spot, years, vol) + Price(spot - hs, years, vol)) / (hs * hs);
        double vega = (Price(spot, years, vol + hv) - Price(spot, years, vol - hv)) / (2 * hv);
        // Theta is the decay as calendar time passes, i.e. −∂Price/∂(years to expiry), per year.
        double theta = -(Price(spot, years + ht, vol) - Price(spot, years - ht, vol)) / (2 * ht);

        Assert.Equal(delta, g.Delta, 1e-7);
        Assert.Equal(gamma, g.Gamma, Math.Abs(gamma) * 1e-4 + 1e-9);
        Assert.Equal(vega, g.Vega, Math.Abs(vega) * 1e-7 + 1e-7);
        Assert.Equal(theta, g.Theta, Math.Abs(theta) * 1e-6 + 1e-6);
    }

    [Fact]
    public void At_expiry_the_price_is_intrinsic()
    {
        Assert.Equal(50, BlackScholes.Price(OptionRight.Call, 4550, 4500, 0, 0.05, 0.01, 0.2));
        Assert.Equal(0, BlackScholes.Price(OptionRight.Put, 4550, 4500, 0, 0.05, 0.01, 0.2));
        Assert.Equal(25, BlackScholes.Price(OptionRight.Put, 4475, 4500, -0.01, 0.05, 0.01, 0.2));
    }
}
