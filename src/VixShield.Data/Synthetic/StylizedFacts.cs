using VixShield.Core.Market;

namespace VixShield.Data.Synthetic;

/// <summary>The summary statistics a quant checks a simulated SPX/VIX history against (all computed from the path and the surface).</summary>
/// <param name="AnnualizedVolatility">Standard deviation of daily SPX log returns (close to close) × √252, annual decimal.</param>
/// <param name="MeanVix">Mean VIX, vol points.</param>
/// <param name="MeanVarianceRiskPremium">Mean of VIX − the realized vol of the following 30 calendar days (√(252·mean r²), vol points), over days with a full window.</param>
/// <param name="ReturnVixCorrelation">Correlation of daily SPX log returns with daily VIX changes.</param>
/// <param name="ContangoShare">Share of days when the second VIX future is above the first (both expiring after the day).</param>
/// <param name="PutSkewShare">Share of days when the 25-delta put IV exceeds the 25-delta call IV on the expiry nearest 30 calendar days.</param>
/// <param name="MeanRiskReversal">Mean 25-delta put IV − 25-delta call IV on that expiry, vol points.</param>
public sealed record StylizedFacts(
    double AnnualizedVolatility, double MeanVix, double MeanVarianceRiskPremium, double ReturnVixCorrelation,
    double ContangoShare, double PutSkewShare, double MeanRiskReversal)
{
    public static StylizedFacts Measure(MarketPath path, SyntheticMarketOptions options)
    {
        int n = path.Count;
        var returns = new double[n - 1];
        var vixChanges = new double[n - 1];
        for (int i = 1; i < n; i++)
        {
            returns[i - 1] = Math.Log(path.Close[i] / path.Close[i - 1]);
            vixChanges[i - 1] = path.Vix[i] - path.Vix[i - 1];
        }

        double vol = StandardDeviation(returns) * Math.Sqrt(SessionClock.SessionsPerYear);
        double premiumSum = 0;
        int premiumDays = 0;
        for (int t = 0; t < n; t++)
        {
            var horizon = path.Dates[t].AddDays(30);
            if (horizon > path.Dates[n - 1])
                break;
            double sumSquares = 0;
            int count = 0;
            for (int j = t + 1; j < n && path.Dates[j] <= horizon; j++)
            {
                double r = Math.Log(path.Close[j] / path.Close[j - 1]);
                sumSquares += r * r;
                count++;
            }

            premiumSum += path.Vix[t] - 100 * Math.Sqrt(SessionClock.SessionsPerYear * sumSquares / count);
            premiumDays++;
        }

        var clock = new SessionClock(path.Dates[0], path.Dates[n - 1].AddDays(400));
        var futures = new VixFutureValuation(new RiskNeutralVariance(options.Model));
        var surface = new SpxVolatilitySurface(options, clock);
        var expirations = ExpirationCalendar.SpxExpirations(path.Dates[0], path.Dates[n - 1].AddDays(60));
        int contango = 0, putSkew = 0, next = 0;
        double riskReversalSum = 0;
        for (int t = 0; t < n; t++)
        {
            var date = path.Dates[t];
            var vixExpiries = ExpirationCalendar.VixFuturesFrom(date.AddDays(1), 2);
            double f1 = futures.Future(path.Variance[t], clock.BusinessYears(date, vixExpiries[0], true));
            double f2 = futures.Future(path.Variance[t], clock.BusinessYears(date, vixExpiries[1], true));
            if (Math.Round(f2, 2) > Math.Round(f1, 2))
                contango++;

            while (expirations[next].Date <= date) next++;
            var best = expirations[next];
            for (int e = next; e < expirations.Count && expirations[e].Date <= date.AddDays(60); e++)
            {
                if (Math.Abs(expirations[e].Date.DayNumber - date.DayNumber - 30) < Math.Abs(best.Date.DayNumber - date.DayNumber - 30))
                    best = expirations[e];
            }

            var slice = surface.Slice(date, path.Close[t], path.Variance[t], path.Rate[t], best);
            double callStrike = surface.StrikeForCallDelta(slice, 0.25);
            double putStrike = surface.StrikeForCallDelta(slice, Math.Exp(-slice.DividendYield * slice.CalendarYears) - 0.25);
            double rr = surface.ImpliedVol(slice, putStrike) - surface.ImpliedVol(slice, callStrike);
            riskReversalSum += 100 * rr;
            if (rr > 0)
                putSkew++;
        }

        return new StylizedFacts(vol, path.Vix.Average(), premiumSum / premiumDays, Correlation(returns, vixChanges),
            (double)contango / n, (double)putSkew / n, riskReversalSum / n);
    }

    private static double StandardDeviation(double[] x)
    {
        double mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
