using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Data.Synthetic;

/// <summary>
/// The day's SPX implied volatility surface: SSVI in log-moneyness against the forward, its ATM level θ(T) pinned so that
/// each slice's log contract (the Cboe VIX strip) prices the Bates model's Q expected variance over the business time to
/// expiry — diffusive and jump variance, so the option prices carry the model's whole variance risk premium.
/// </summary>
public sealed class SpxVolatilitySurface
{
    private readonly RiskNeutralVariance _q;
    private readonly SessionClock _clock;
    private readonly double _dividendYield;

    public SpxVolatilitySurface(SyntheticMarketOptions options, SessionClock clock)
    {
        _q = new RiskNeutralVariance(options.Model);
        _clock = clock;
        _dividendYield = options.Model.DividendYield;
        Smile = new SsviSurface(options.SpxSurface);
    }

    public SsviSurface Smile { get; }

    public SpxSurfaceSlice Slice(DateOnly date, double spot, double variance, double rate, SpxExpiration expiration)
    {
        bool am = expiration.Settlement == SettlementStyle.Am;
        double calendar = SessionClock.CalendarYears(date, expiration.Date, am);
        double business = _clock.BusinessYears(date, expiration.Date, am);
        double forward = spot * Math.Exp((rate - _dividendYield) * calendar);
        return new SpxSurfaceSlice(expiration, spot, rate, _dividendYield, calendar, business, forward,
            Smile.AtmVarianceForLogContract(_q.ExpectedLogContractVariance(variance, business)));
    }

    /// <summary>Implied volatility (annual decimal) of <paramref name="strike"/> on the slice.</summary>
    public double ImpliedVol(in SpxSurfaceSlice slice, double strike) =>
        Smile.ImpliedVol(Math.Log(strike / slice.Forward), slice.AtmTotalVariance, slice.CalendarYears);

    /// <summary>Black-Scholes greeks at the surface's volatility (theta per year, vega per 1.00 of vol).</summary>
    public OptionGreeks Greeks(in SpxSurfaceSlice slice, OptionRight right, double strike, double vol) =>
        BlackScholes.Greeks(right, slice.Spot, strike, slice.CalendarYears, slice.Rate, slice.DividendYield, vol);

    /// <summary>The strike (points, not snapped to a listed one) whose Black-Scholes call delta on the surface is <paramref name="callDelta"/>.</summary>
    public double StrikeForCallDelta(in SpxSurfaceSlice slice, double callDelta)
    {
        if (slice.AtmTotalVariance <= 0)
            return slice.Forward;
        double target = callDelta * Math.Exp(slice.DividendYield * slice.CalendarYears);
        double sd = Math.Sqrt(slice.AtmTotalVariance);
        double lo = -12 * sd - 0.05, hi = 12 * sd + 0.05;
        for (int i = 0; i < 60; i++)
        {
            double k = 0.5 * (lo + hi);
            double w = Smile.TotalVariance(k, slice.AtmTotalVariance);
            double d1 = -k / Math.Sqrt(w) + 0.5 * Math.Sqrt(w);
            if (StandardNormal.Cdf(d1) > target) lo = k;
            else hi = k;
        }

        return slice.Forward * Math.Exp(0.5 * (lo + hi));
    }
}
