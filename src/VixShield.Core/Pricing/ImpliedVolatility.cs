using VixShield.Core.Market;

namespace VixShield.Core.Pricing;

/// <summary>Implied volatility: the σ at which a model reproduces a price. NaN when the price breaks no-arbitrage bounds.</summary>
/// <remarks>
/// Newton steps on vega, kept inside a shrinking bisection bracket so that the solver cannot diverge. It stops when
/// σ itself stops moving (not when the price is merely close), so slivers of time value still give σ to full
/// precision; a price that no σ in [1e-6, 10] reproduces is NaN rather than a boundary value.
/// </remarks>
public static class ImpliedVolatility
{
    private const double MinVol = 1e-6;
    private const double MaxVol = 10.0;
    private const double VolTolerance = 1e-15;

    public static double FromBlackScholes(OptionRight right, double price, double spot, double strike, double years, double rate, double dividendYield)
    {
        if (years <= 0)
            return double.NaN;
        double fwdDisc = spot * Math.Exp(-dividendYield * years), kDisc = strike * Math.Exp(-rate * years);
        double lower = right == OptionRight.Call ? Math.Max(fwdDisc - kDisc, 0) : Math.Max(kDisc - fwdDisc, 0);
        double upper = right == OptionRight.Call ? fwdDisc : kDisc;
        if (!(price > lower && price < upper))
            return double.NaN;
        return Solve(price, vol => BlackScholes.Greeks(right, spot, strike, years, rate, dividendYield, vol));
    }

    public static double FromBlack76(OptionRight right, double price, double forward, double strike, double years, double rate)
    {
        if (years <= 0)
            return double.NaN;
        double disc = Math.Exp(-rate * years);
        double lower = disc * BlackScholes.Intrinsic(right, forward, strike);
        double upper = disc * (right == OptionRight.Call ? forward : strike);
        if (!(price > lower && price < upper))
            return double.NaN;
        return Solve(price, vol => Black76.Greeks(right, forward, strike, years, rate, vol));
    }

    private static double Solve(double target, Func<double, OptionGreeks> model)
    {
        double lo = MinVol, hi = MaxVol;
        if (model(hi).Price < target || model(lo).Price > target)
            return double.NaN;
        double vol = 0.2;
        for (int i = 0; i < 200; i++)
        {
            var g = model(vol);
            double diff = g.Price - target;
            if (diff == 0)
                return vol;
            if (diff > 0) hi = vol;
            else lo = vol;
            double next = g.Vega > 1e-300 ? vol - diff / g.Vega : double.NaN;
            if (!(next > lo && next < hi))
                next = 0.5 * (lo + hi);
            if (Math.Abs(next - vol) <= VolTolerance * vol || hi - lo <= VolTolerance * vol)
                return next;
            vol = next;
        }

        return vol;
    }
}
