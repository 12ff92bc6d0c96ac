using VixShield.Core.Market;

namespace VixShield.Data.Import;

/// <summary>
/// Greeks as Cboe and OptionsDX publish them (trader units: theta per calendar day, vega per volatility point)
/// turned into the dataset's (theta per calendar year, vega per 1.00 of volatility), and the values used when a
/// vendor leaves one blank.
/// </summary>
internal static class VendorGreeks
{
    public static double ThetaPerYear(double thetaPerDay) => thetaPerDay * 365;

    public static double VegaPerUnitVolatility(double vegaPerPoint) => vegaPerPoint * 100;

    /// <summary>The limit of delta as volatility goes to zero: ±1 in the money, 0 out of (and at) the money.</summary>
    public static double ZeroVolatilityDelta(OptionRight right, double strike, double underlying) =>
        right == OptionRight.Call
            ? (strike < underlying ? 1 : 0)
            : (strike > underlying ? -1 : 0);
}
