using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Data.Synthetic;

/// <summary>
/// What an option seller sees in a simulated history: the 30-day implied vol against the vol that followed, and how much
/// of a 16-delta put's or call's premium a seller keeps when selling at the surface price and holding to expiry.
/// </summary>
/// <param name="MeanAtmVol">Mean 50-delta call IV on the expiry nearest 30 calendar days, vol points.</param>
/// <param name="MeanRealizedVol">Mean realized vol of the following 21 sessions (close to close, √(252·mean r²)), vol points.</param>
/// <param name="MeanPutVol">Mean 16-delta put IV on that expiry, vol points.</param>
/// <param name="MeanCallVol">Mean 16-delta call IV on that expiry, vol points.</param>
/// <param name="PutKept">Total premium − total payoff over total premium, selling the 16-delta put and holding to expiry.</param>
/// <param name="CallKept">The same for the 16-delta call.</param>
/// <param name="MeanStripVixGap">Mean of the VIX computed by the Cboe strip (log contract) from the surface at 30 calendar days minus the dataset's VIX, vol points.</param>
/// <param name="Samples">Snapshots sampled (every <see cref="SampleEvery"/>th with a full window and an expiry inside the path).</param>
public sealed record PremiumSellerFacts(
    double MeanAtmVol, double MeanRealizedVol, double MeanPutVol, double MeanCallVol,
    double PutKept, double CallKept, double MeanStripVixGap, int Samples)
{
    /// <summary>Snapshots are sampled every this many sessions (overlapping 30-day trades would add little).</summary>
    public const int SampleEvery = 5;

    /// <summary>Sessions in the realized-vol window (≈ 30 calendar days).</summary>
    public const int RealizedSessions = 21;

    /// <summary>Mean ATM implied vol − subsequent realized vol, vol points.</summary>
    public double MeanAtmPremium => MeanAtmVol - MeanRealizedVol;

    public static PremiumSellerFacts Measure(MarketPath path, SyntheticMarketOptions options)
    {
        int n = path.Count;
        var clock = new SessionClock(path.Dates[0], path.Dates[n - 1].AddDays(400));
        var surface = new SpxVolatilitySurface(options, clock);
        var expirations = ExpirationCalendar.SpxExpirations(path.Dates[0], path.Dates[n - 1].AddDays(60));
        double atm = 0, realized = 0, putVol = 0, callVol = 0, putPremium = 0, putPaid = 0, callPremium = 0, callPaid = 0, gap = 0;
        int samples = 0, next = 0;
        for (int t = 0; t + RealizedSessions < n; t += SampleEvery)
        {
            var date = path.Dates[t];
            while (expirations[next].Date <= date) next++;
            var best = expirations[next];
            for (int e = next; e < expirations.Count && expirations[e].Date <= date.AddDays(60); e++)
            {
                if (Math.Abs(expirations[e].Date.DayNumber - date.DayNumber - 30) < Math.Abs(best.Date.DayNumber - date.DayNumber - 30))
                    best = expirations[e];
            }

            int expiryDay = path.IndexOf(best.Date);
            if (expiryDay < 0)
                break;
            // AM expiries settle on the opening print, PM ones on the close (the 15:45 snapshot stands in for 16:00).
            double settlement = best.Settlement == SettlementStyle.Am ? path.Open[expiryDay] : path.Close[expiryDay];

            var slice = surface.Slice(date, path.Close[t], path.Variance[t], path.Rate[t], best);
            double growth = Math.Exp(slice.Rate * slice.CalendarYears);
            double callStrike = surface.StrikeForCallDelta(slice, 0.16);
            double putStrike = surface.StrikeForCallDelta(slice, Math.Exp(-slice.DividendYield * slice.CalendarYears) - 0.16);
            double call = Price(surface, slice, OptionRight.Call, callStrike, out double cv);
            double put = Price(surface, slice, OptionRight.Put, putStrike, out double pv);

            // The premium earns the day's rate until expiry, so it is compared with the payoff at expiry.
            callPremium += call * growth;
            callPaid += Math.Max(settlement - callStrike, 0);
            putPremium += put * growth;
            putPaid += Math.Max(putStrike - settlement, 0);
            callVol += 100 * cv;
            putVol += 100 * pv;
            atm += 100 * surface.ImpliedVol(slice, surface.StrikeForCallDelta(slice, 0.5));

            double squares = 0;
            for (int j = t + 1; j <= t + RealizedSessions; j++)
            {
                double r = Math.Log(path.Close[j] / path.Close[j - 1]);
                squares += r * r;
            }

            realized += 100 * Math.Sqrt(SessionClock.SessionsPerYear * squares / RealizedSessions);

            var thirtyDays = surface.Slice(date, path.Close[t], path.Variance[t], path.Rate[t],
                new SpxExpiration(date.AddDays(30), SettlementStyle.Pm));
            gap += 100 * Math.Sqrt(surface.Smile.LogContractVariance(thirtyDays.AtmTotalVariance) / thirtyDays.CalendarYears) - path.Vix[t];
            samples++;
        }

        return new PremiumSellerFacts(atm / samples, realized / samples, putVol / samples, callVol / samples,
            1 - putPaid / putPremium, 1 - callPaid / callPremium, gap / samples, samples);
    }

    private static double Price(SpxVolatilitySurface surface, in SpxSurfaceSlice slice, OptionRight right, double strike, out double vol)
    {
        vol = surface.ImpliedVol(slice, strike);
        return surface.Greeks(slice, right, strike, vol).Price;
    }
}
