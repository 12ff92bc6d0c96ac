using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Core.Tests.Pricing;

public class ImpliedVolatilityTests
{
    private static readonly double[] Moneyness = [0.80, 0.90, 0.97, 1.00, 1.03, 1.10, 1.20];
    private static readonly double[] Days = [7, 21, 45, 90, 365];
    private static readonly double[] Vols = [0.08, 0.15, 0.25, 0.45, 0.80];

    public static TheoryData<OptionRight> Rights => [OptionRight.Call, OptionRight.Put];

    [Theory]
    [MemberData(nameof(Rights))]
    public void Black_Scholes_round_trip_recovers_sigma(OptionRight right)
    {
        const double spot = 4500, rate = 0.045, q = 0.014;
        int checkedCount = 0;
        foreach (double m in Moneyness)
        foreach (double days in Days)
        foreach (double vol in Vols)
        {
            double strike = spot * m, years = days / 365;
            double price = BlackScholes.Price(right, spot, strike, years, rate, q, vol);
            if (!Identifiable(price, BlackScholes.Greeks(right, spot, strike, years, rate, q, vol).Vega))
                continue;
            double implied = ImpliedVolatility.FromBlackScholes(right, price, spot, strike, years, rate, q);
            Assert.True(Math.Abs(implied - vol) < 1e-8, $"K/S {m}, {days} days, σ {vol}: got {implied:R}");
            checkedCount++;
        }

        // 159 of 175 calls and 156 of 175 puts qualify; the rest are deep in or far out of the money at low vol and short expiries.
        Assert.True(checkedCount >= 150, $"only {checkedCount} cases were identifiable");
    }

    [Theory]
    [MemberData(nameof(Rights))]
    public void Black76_round_trip_recovers_sigma(OptionRight right)
    {
        const double forward = 21.5, rate = 0.045;
        double[] vixVols = [0.30, 0.60, 0.90, 1.40];
        int checkedCount = 0;
        foreach (double m in Moneyness)
        foreach (double days in Days)
        foreach (double vol in vixVols)
        {
            double strike = forward * m, years = days / 365;
            double price = Black76.Price(right, forward, strike, years, rate, vol);
            if (!Identifiable(price, Black76.Greeks(right, forward, strike, years, rate, vol).Vega))
                continue;
            double implied = ImpliedVolatility.FromBlack76(right, price, forward, strike, years, rate);
            Assert.True(Math.Abs(implied - vol) < 1e-8, $"K/F {m}, {days} days, σ {vol}: got {implied:R}");
            checkedCount++;
        }

        // 138 of 140 for each right.
        Assert.True(checkedCount >= 135, $"only {checkedCount} cases were identifiable");
    }

    [Theory]
    [MemberData(nameof(Rights))]
    public void Where_time_value_is_a_sliver_sigma_is_as_good_as_the_price_tolerance_allows(OptionRight right)
    {
        // The cases the round trip above skips: e.g. a 7-day put 10% in the money at σ = 15% (premium 446.94, vega
        // 0.008) comes back within 2.6e-8, and a 45-day call 20% out of the money at σ = 8% (premium 2e-9) within
        // 7e-8. Both are inside the solver's contract; below a premium of ~1e-12 points any σ reproduces the price.
        const double spot = 4500, rate = 0.045, q = 0.014;
        foreach (double m in Moneyness)
        foreach (double days in Days)
        foreach (double vol in Vols)
        {
            double strike = spot * m, years = days / 365;
            var g = BlackScholes.Greeks(right, spot, strike, years, rate, q, vol);
            double implied = ImpliedVolatility.FromBlackScholes(right, g.Price, spot, strike, years, rate, q);
            if (double.IsNaN(implied))
            {
                // Only when the time value is lost in the premium's rounding: the price sits on its lower bound.
                Assert.True(g.Vega < 1e-10, $"K/S {m}, {days} days, σ {vol}: NaN with vega {g.Vega}");
                continue;
            }

            double reproduced = BlackScholes.Price(right, spot, strike, years, rate, q, implied);
            Assert.True(Math.Abs(reproduced - g.Price) <= 1e-12 * Math.Max(1, g.Price), $"K/S {m}, {days} days, σ {vol}: price off");
            if (g.Vega > 1e-6)
                Assert.True(Math.Abs(implied - vol) <= ContractBound(g.Price, g.Vega), $"K/S {m}, {days} days, σ {vol}: got {implied:R}");
        }
    }

    [Fact]
    public void Prices_outside_no_arbitrage_bounds_have_no_implied_vol()
    {
        const double s = 4500, k = 4400, t = 30.0 / 365, r = 0.05, q = 0.015;
        double lowerCall = s * Math.Exp(-q * t) - k * Math.Exp(-r * t);
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Call, lowerCall - 0.01, s, k, t, r, q)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Call, lowerCall, s, k, t, r, q)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Call, s * Math.Exp(-q * t), s, k, t, r, q)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Put, -1, s, k, t, r, q)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Put, k * Math.Exp(-r * t) + 1, s, k, t, r, q)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Put, 10, s, k, 0, r, q)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlackScholes(OptionRight.Put, double.NaN, s, k, t, r, q)));

        const double f = 20, kv = 18;
        double disc = Math.Exp(-r * t);
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlack76(OptionRight.Call, disc * (f - kv) - 1e-6, f, kv, t, r)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlack76(OptionRight.Call, disc * f, f, kv, t, r)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlack76(OptionRight.Put, disc * kv + 0.01, f, kv, t, r)));
        Assert.True(double.IsNaN(ImpliedVolatility.FromBlack76(OptionRight.Put, 0, f, kv, t, r)));
    }

    [Fact]
    public void Hulls_example_implies_its_own_twenty_percent()
    {
        Assert.Equal(0.20, ImpliedVolatility.FromBlackScholes(OptionRight.Call, 4.759422392871533, 42, 40, 0.5, 0.10, 0), 1e-10);
        Assert.Equal(0.25, ImpliedVolatility.FromBlack76(OptionRight.Put, 1.1166414565589435, 20, 20, 4.0 / 12, 0.09), 1e-10);
    }

    // The solver stops once the model price is within 1e-12 × max(1, price) of the target (its PriceTolerance), so
    // to first order it guarantees |σ̂ − σ| ≤ 1e-12 × max(1, price) / vega. The 1e-8 promise is asserted wherever
    // that bound is below 1e-8, i.e. vega ≥ 1e-4 × max(1, price): everything but deep in-the-money or far
    // out-of-the-money options whose time value is a tiny fraction of a cent.
    private static bool Identifiable(double price, double vega) => vega >= 1e-4 * Math.Max(1, price);

    private static double ContractBound(double price, double vega) => 2 * 1e-12 * Math.Max(1, price) / vega;
}
