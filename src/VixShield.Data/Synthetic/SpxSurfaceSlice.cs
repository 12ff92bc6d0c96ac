using VixShield.Core.Market;

namespace VixShield.Data.Synthetic;

/// <summary>
/// One expiration of the day's SPX surface: quoting time (calendar years), business time (model years), the forward
/// (points) and the ATM total variance θ: the SSVI level whose log contract equals the model's Q expected log-contract
/// variance (VIX²(T)·T) over the business time to expiry.
/// </summary>
public readonly record struct SpxSurfaceSlice(
    SpxExpiration Expiration, double Spot, double Rate, double DividendYield,
    double CalendarYears, double BusinessYears, double Forward, double AtmTotalVariance)
{
    public bool SettlesAtOpen => Expiration.Settlement == SettlementStyle.Am;

    /// <summary>ATM total variance in points of the forward: F·√θ, one standard deviation of the terminal index.</summary>
    public double StandardDeviationPoints => Forward * Math.Sqrt(AtmTotalVariance);
}
