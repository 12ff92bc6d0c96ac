using VixShield.Core.Market;

namespace VixShield.Core.Pricing;

/// <summary>Black-Scholes-Merton for European options on an index paying a continuous dividend yield.</summary>
/// <remarks>Times are in years, rates and volatilities annual decimals (continuously compounded).</remarks>
public static class BlackScholes
{
    public static double Price(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double vol)
    {
        if (years <= 0 || vol <= 0)
            return Intrinsic(right, spot * Math.Exp(-dividendYield * Math.Max(years, 0)), strike * Math.Exp(-rate * Math.Max(years, 0)));
        double sqrtT = Math.Sqrt(years);
        double d1 = (Math.Log(spot / strike) + (rate - dividendYield + 0.5 * vol * vol) * years) / (vol * sqrtT);
        double d2 = d1 - vol * sqrtT;
        double fwdDisc = spot * Math.Exp(-dividendYield * years), kDisc = strike * Math.Exp(-rate * years);
        return right == OptionRight.Call
            ? fwdDisc * StandardNormal.Cdf(d1) - kDisc * StandardNormal.Cdf(d2)
            : kDisc * StandardNormal.Cdf(-d2) - fwdDisc * StandardNormal.Cdf(-d1);
    }

    public static OptionGreeks Greeks(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double vol)
    {
        if (years <= 0 || vol <= 0)
        {
            // No uncertainty left: the option is its discounted forward intrinsic value, as Price says.
            double tau = Math.Max(years, 0);
            double price = Price(right, spot, strike, years, rate, dividendYield, vol);
            double delta = price > 0 ? (right == OptionRight.Call ? 1 : -1) * Math.Exp(-dividendYield * tau) : 0;
            return new OptionGreeks(price, delta, 0, 0, 0);
        }

        double sqrtT = Math.Sqrt(years);
        double d1 = (Math.Log(spot / strike) + (rate - dividendYield + 0.5 * vol * vol) * years) / (vol * sqrtT);
        double d2 = d1 - vol * sqrtT;
        double qDisc = Math.Exp(-dividendYield * years), rDisc = Math.Exp(-rate * years);
        double nd1 = StandardNormal.Pdf(d1);
        double gamma = qDisc * nd1 / (spot * vol * sqrtT);
        double vega = spot * qDisc * nd1 * sqrtT;
        double decay = -spot * qDisc * nd1 * vol / (2 * sqrtT);
        if (right == OptionRight.Call)
        {
            double nD1 = StandardNormal.Cdf(d1), nD2 = StandardNormal.Cdf(d2);
            double price = spot * qDisc * nD1 - strike * rDisc * nD2;
            double theta = decay - rate * strike * rDisc * nD2 + dividendYield * spot * qDisc * nD1;
            return new OptionGreeks(price, qDisc * nD1, gamma, theta, vega);
        }
        else
        {
            double nMinusD1 = StandardNormal.Cdf(-d1), nMinusD2 = StandardNormal.Cdf(-d2);
            double price = strike * rDisc * nMinusD2 - spot * qDisc * nMinusD1;
            double theta = decay + rate * strike * rDisc * nMinusD2 - dividendYield * spot * qDisc * nMinusD1;
            return new OptionGreeks(price, -qDisc * nMinusD1, gamma, theta, vega);
        }
    }

    /// <summary>Intrinsic value max(S − K, 0) or max(K − S, 0): what a cash-settled option pays at expiration.</summary>
    public static double Intrinsic(OptionRight right, double spot, double strike) =>
        right == OptionRight.Call ? Math.Max(spot - strike, 0) : Math.Max(strike - spot, 0);
}
