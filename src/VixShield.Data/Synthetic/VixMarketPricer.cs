using VixShield.Core.Market;
using VixShield.Core.Pricing;
using VixShield.Data.Format;

namespace VixShield.Data.Synthetic;

/// <summary>
/// One snapshot's VIX futures curve and VIX options. Futures: E^Q[VIX_T] (<see cref="VixFutureValuation"/>), settle rounded to
/// the cent, bid/ask on the 0.05 tick; on its final settlement day the expiring future is listed once more with bid = ask =
/// settle = the opening VIX. Options: Black-76 off the same-expiry future's settle, at an SSVI smile (positive ρ: calls richer)
/// around the lognormal ATM volatility of VIX_T; strikes every point from 10 to 40 and every 5 from 45 to 80, listed until
/// the day before expiry.
/// </summary>
public sealed class VixMarketPricer
{
    private static readonly double[] OptionStrikes =
        [.. Enumerable.Range(10, 31).Select(k => (double)k), .. Enumerable.Range(0, 8).Select(i => 45.0 + 5 * i)];

    private readonly VixFutureValuation _valuation;
    private readonly SsviSurface _smile;
    private readonly SessionClock _clock;
    private readonly SpxListingParameters _listing;

    public VixMarketPricer(SyntheticMarketOptions options, SessionClock clock)
    {
        _valuation = new VixFutureValuation(new RiskNeutralVariance(options.Model));
        _smile = new SsviSurface(options.VixSmile);
        _clock = clock;
        _listing = options.Listing;
    }

    public static IReadOnlyList<double> Strikes => OptionStrikes;

    /// <summary>Appends the day's futures (nearest expiration first).</summary>
    public void PriceFutures(MarketPath path, int day, List<VixFutureRow> rows)
    {
        var date = path.Dates[day];
        int dateCode = DateCode.FromDate(date);
        var expirations = ExpirationCalendar.VixFuturesFrom(date, _listing.VixFutures + 1);
        int live = 0;
        foreach (var expiration in expirations)
        {
            int code = DateCode.FromDate(expiration);
            if (expiration == date)
            {
                double final = path.VixOpen[day];
                rows.Add(new VixFutureRow(dateCode, code, final, final, final));
                continue;
            }

            if (live++ == _listing.VixFutures)
                break;
            double fair = _valuation.Future(path.Variance[day], _clock.BusinessYears(date, expiration, settlesAtOpen: true));
            var (bid, ask) = QuoteRules.VixFuture(fair, nearMonth: live <= 2);
            rows.Add(new VixFutureRow(dateCode, code, bid / 100.0, ask / 100.0, Math.Round(fair, 2, MidpointRounding.AwayFromZero)));
        }
    }

    /// <summary>Appends the day's VIX options, sorted by (expiration, right, strike).</summary>
    public void PriceOptions(MarketPath path, int day, List<VixOptionRow> rows)
    {
        var date = path.Dates[day];
        int dateCode = DateCode.FromDate(date);
        double v = path.Variance[day], rate = path.Rate[day];
        foreach (var expiration in ExpirationCalendar.VixFuturesFrom(date.AddDays(1), _listing.VixOptionExpirations))
        {
            double business = _clock.BusinessYears(date, expiration, settlesAtOpen: true);
            double calendar = SessionClock.CalendarYears(date, expiration, settlesAtOpen: true);
            double fair = _valuation.Future(v, business);
            double future = Math.Round(fair, 2, MidpointRounding.AwayFromZero);
            double atmVol = _valuation.LognormalVolatility(fair, _valuation.RootMeanSquare(v, business), calendar);
            double theta = atmVol * atmVol * calendar;
            int code = DateCode.FromDate(expiration);
            foreach (var right in (ReadOnlySpan<OptionRight>)[OptionRight.Call, OptionRight.Put])
            {
                foreach (double strike in OptionStrikes)
                {
                    double vol = _smile.ImpliedVol(Math.Log(strike / future), theta, calendar);
                    var greeks = Black76.Greeks(right, future, strike, calendar, rate, vol);
                    var (bid, ask) = QuoteRules.VixOption(greeks.Price);
                    rows.Add(new VixOptionRow(dateCode, code, strike, right, bid / 100.0, ask / 100.0, vol, greeks.Delta, future));
                }
            }
        }
    }
}
