using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Synthetic;

/// <summary>
/// Prices one snapshot's SPX chain off the surface: for every listed expiration and strike a call and a put at the SSVI
/// implied volatility, priced and risk-measured with Black-Scholes (continuous dividend yield, the day's flat rate),
/// quoted in whole cents by <see cref="QuoteRules"/>. A pure function of its inputs, safe to run for many days at once.
/// </summary>
public sealed class SpxChainPricer
{
    private readonly SpxVolatilitySurface _surface;
    private readonly long _seed;

    public SpxChainPricer(SpxVolatilitySurface surface, long seed)
    {
        _surface = surface;
        _seed = seed;
    }

    /// <summary>Appends the day's quotes to <paramref name="rows"/>, sorted by (expiration, right, strike).</summary>
    public void PriceDay(MarketPath path, int day, IReadOnlyList<SpxListedExpiry> listed, List<SpxOptionRow> rows)
    {
        var date = path.Dates[day];
        int dateCode = DateCode.FromDate(date);
        var strikes = new List<double>(256);
        var vols = new List<double>(256);
        foreach (var expiry in listed)
        {
            var slice = _surface.Slice(date, path.Close[day], path.Variance[day], path.Rate[day], expiry.Expiration);
            int expirationCode = DateCode.FromDate(expiry.Expiration.Date);
            int days = expiry.Expiration.Date.DayNumber - date.DayNumber;
            bool monthly = slice.SettlesAtOpen;
            double sd = Math.Sqrt(Math.Max(slice.AtmTotalVariance, 1e-12));
            expiry.Ladder.Strikes(strikes);
            vols.Clear();
            foreach (double strike in strikes)
                vols.Add(_surface.ImpliedVol(slice, strike));
            foreach (var right in (ReadOnlySpan<OptionRight>)[OptionRight.Call, OptionRight.Put])
            {
                for (int i = 0; i < strikes.Count; i++)
                {
                    double strike = strikes[i], vol = vols[i];
                    var greeks = _surface.Greeks(slice, right, strike, vol);
                    var (bid, ask) = QuoteRules.Spx(greeks.Price, slice.CalendarYears);
                    var (openInterest, volume) = OpenInterestModel.For(
                        _seed, dateCode, expirationCode, strike, right, Math.Log(strike / slice.Forward) / sd, monthly, days);
                    rows.Add(new SpxOptionRow(
                        dateCode, expirationCode, expiry.Expiration.Settlement, strike, right, bid / 100.0, ask / 100.0,
                        vol, greeks.Delta, greeks.Gamma, greeks.Theta, greeks.Vega, slice.Spot, openInterest, volume));
                }
            }
        }
    }
}
