using VixShield.Core.Market;
using VixShield.Core.Pricing;

namespace VixShield.Core.Tests.Engine;

/// <summary>
/// A seeded random market, rich enough to exercise every rule (weekly and monthly expiries, VIX futures and calls,
/// inverted term structures, big moves) and small enough for unit tests. Not calibrated: the synthetic generator in
/// Data is the realistic one.
/// </summary>
internal static class RandomMarket
{
    /// <param name="divergeAfter">
    /// When set, the market crashes the next day (VIX +40 points, SPX −15%) and every value after this snapshot
    /// (series, quotes, futures) comes from another random stream: a future no strategy could have seen coming.
    /// </param>
    public static MarketTape Create(int seed, int days = 400, int? divergeAfter = null)
    {
        var random = new Random(seed);
        var dates = new List<int>();
        for (var d = new DateOnly(2020, 1, 2); dates.Count < days; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                dates.Add(DateCode.FromDate(d));
        }

        int n = dates.Count;
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], vix = new double[n], vix3m = new double[n], rate = new double[n];
        int[] adv = new int[n], dec = new int[n];
        double spx = 3200, v = 18;
        for (int t = 0; t < n; t++)
        {
            bool crash = t == divergeAfter + 1;
            if (crash)
                random = new Random(seed + 7919);
            double shock = Gaussian(random);
            v = Math.Clamp(v + 0.15 * (18 - v) - 2.5 * shock + (random.NextDouble() < 0.02 ? 12 : 0) + (crash ? 40 : 0), 10, 80);
            double ret = v / 100 / Math.Sqrt(252) * shock + (crash ? Math.Log(0.85) : 0);
            open[t] = spx;
            spx *= Math.Exp(ret);
            close[t] = Math.Round(spx, 2);
            high[t] = Math.Max(open[t], close[t]) + 5;
            low[t] = Math.Min(open[t], close[t]) - 5;
            vix[t] = Math.Round(v, 2);
            vix3m[t] = Math.Round(19 + 0.5 * (v - 18), 2);
            adv[t] = (int)(1500 + 4000 * ret + 100 * Gaussian(random));
            adv[t] = Math.Clamp(adv[t], 100, 2900);
            dec[t] = 3000 - adv[t];
            rate[t] = 0.02;
        }

        var spxRows = new List<(int, int, SettlementStyle, OptionRight, float, int, int, float, float, double)>();
        var futureRows = new List<(int, int, int, int, double)>();
        var callRows = new List<(int, int, SettlementStyle, OptionRight, float, int, int, float, float, double)>();
        for (int t = 0; t < n; t++)
        {
            var today = DateCode.ToDate(dates[t]);
            foreach (var expiry in Expirations(today, 90))
            {
                double years = (expiry.DayNumber - today.DayNumber) / 365.0;
                double vol = vix[t] / 100, years1 = Math.Max(years, 0.5 / 365);
                bool monthly = expiry.Day is >= 15 and <= 21;
                foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
                {
                    double center = Math.Round(close[t] / 25) * 25;
                    for (double k = center - 600; k <= center + 600; k += 25)
                    {
                        var g = BlackScholes.Greeks(right, close[t], k, years1, 0.02, 0.015, vol);
                        int mid = (int)Math.Round(g.Price * 100);
                        int spread = Math.Max(5, mid / 50) / 5 * 5;
                        int bid = Math.Max(0, mid - spread / 2) / 5 * 5, ask = bid + Math.Max(5, spread);
                        spxRows.Add((dates[t], DateCode.FromDate(expiry), monthly ? SettlementStyle.Am : SettlementStyle.Pm, right, (float)k, bid, ask, (float)vol, (float)g.Delta, close[t]));
                    }
                }
            }

            foreach (var expiry in VixExpirations(today, 150))
            {
                double years = Math.Max((expiry.DayNumber - today.DayNumber) / 365.0, 0.5 / 365);
                double future = Math.Round((vix[t] + (19 - vix[t]) * (1 - Math.Exp(-4 * years))) * 20) / 20;
                int fb = (int)Math.Round(future * 100) - 5;
                futureRows.Add((dates[t], DateCode.FromDate(expiry), fb, fb + 10, future));
                for (int k = 10; k <= 60; k++)
                {
                    double price = Black76.Price(OptionRight.Call, future, k, years, 0.02, 0.9);
                    int mid = (int)Math.Round(price * 100);
                    int bid = Math.Max(0, mid - 5), ask = mid + 5;
                    callRows.Add((dates[t], DateCode.FromDate(expiry), SettlementStyle.Am, OptionRight.Call, k, bid, ask, 0.9f, 0.3f, future));
                }
            }
        }

        int[] snapshotDates = dates.ToArray();
        return new MarketTape($"random-{seed}", snapshotDates,
            new MarketSeries(open, high, low, close, vix, vix3m, adv, dec, rate),
            OptionChains.Build(snapshotDates, Rows(spxRows)),
            VixFutureCurve.Build(snapshotDates, new VixFutureRows(
                futureRows.Select(r => r.Item1).ToArray(), futureRows.Select(r => r.Item2).ToArray(), futureRows.Select(r => r.Item3).ToArray(),
                futureRows.Select(r => r.Item4).ToArray(), futureRows.Select(r => r.Item5).ToArray())),
            OptionChains.Build(snapshotDates, Rows(callRows)));
    }

    private static OptionRows Rows(List<(int Date, int Exp, SettlementStyle S, OptionRight R, float K, int Bid, int Ask, float Iv, float Delta, double U)> rows) =>
        OptionRows.FromColumns(rows.Select(r => r.Date).ToArray(), rows.Select(r => r.Exp).ToArray(), rows.Select(r => r.S).ToArray(), rows.Select(r => r.R).ToArray(),
            rows.Select(r => r.K).ToArray(), rows.Select(r => r.Bid).ToArray(), rows.Select(r => r.Ask).ToArray(), rows.Select(r => r.Iv).ToArray(),
            rows.Select(r => r.Delta).ToArray(), null, null, null, rows.Select(r => r.U).ToArray());

    /// <summary>Fridays out to <paramref name="days"/> calendar days (third Fridays are the AM monthlies).</summary>
    private static IEnumerable<DateOnly> Expirations(DateOnly today, int days)
    {
        for (var d = today; d.DayNumber - today.DayNumber <= days; d = d.AddDays(1))
        {
            if (d.DayOfWeek == DayOfWeek.Friday)
                yield return d;
        }
    }

    /// <summary>Wednesdays around mid-month, out to <paramref name="days"/>: close enough to VIX expirations for tests.</summary>
    private static IEnumerable<DateOnly> VixExpirations(DateOnly today, int days)
    {
        for (var d = today; d.DayNumber - today.DayNumber <= days; d = d.AddDays(1))
        {
            if (d.DayOfWeek == DayOfWeek.Wednesday && d.Day is >= 15 and <= 21)
                yield return d;
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
