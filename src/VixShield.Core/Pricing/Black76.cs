using VixShield.Core.Market;

namespace VixShield.Core.Pricing;

/// <summary>Black (1976) for European options on a future, such as VIX options priced off the VIX future of the same expiry.</summary>
/// <remarks>Times in years; rate and volatility annual decimals. Greeks are with respect to the forward.</remarks>
public static class Black76
{
    public static double Price(OptionRight right, double forward, double strike, double years, double rate, double vol)
    {
        double disc = Math.Exp(-rate * Math.Max(years, 0));
        if (years <= 0 || vol <= 0)
            return disc * BlackScholes.Intrinsic(right, forward, strike);
        double sqrtT = Math.Sqrt(years);
        double d1 = (Math.Log(forward / strike) + 0.5 * vol * vol * years) / (vol * sqrtT);
        double d2 = d1 - vol * sqrtT;
        return right == OptionRight.Call
            ? disc * (forward * StandardNormal.Cdf(d1) - strike * StandardNormal.Cdf(d2))
            : disc * (strike * StandardNormal.Cdf(-d2) - forward * StandardNormal.Cdf(-d1));
    }

    public static OptionGreeks Greeks(OptionRight right, double forward, double strike, double years, double rate, double vol)
    {
        double price = Price(right, forward, strike, years, rate, vol);
        if (years <= 0 || vol <= 0)
        {
            double delta = price > 0 ? (right == OptionRight.Call ? 1 : -1) * Math.Exp(-rate * Math.Max(years, 0)) : 0;
            return new OptionGreeks(price, delta, 0, 0, 0);
        }

        double sqrtT = Math.Sqrt(years);
        double d1 = (Math.Log(forward / strike) + 0.5 * vol * vol * years) / (vol * sqrtT);
        double disc = Math.Exp(-rate * years);
        double nd1 = StandardNormal.Pdf(d1);
        double deltaF = right == OptionRight.Call ? disc * StandardNormal.Cdf(d1) : -disc * StandardNormal.Cdf(-d1);
        double gamma = disc * nd1 / (forward * vol * sqrtT);
        double vega = disc * forward * nd1 * sqrtT;
        double theta = -disc * forward * nd1 * vol / (2 * sqrtT) + rate * price;
        return new OptionGreeks(price, deltaF, gamma, theta, vega);
    }
}
