using VixShield.Core.Market;

namespace VixShield.Data.Synthetic;

/// <summary>An SPX expiration listed at a snapshot, with its strike ladder.</summary>
public readonly record struct SpxListedExpiry(SpxExpiration Expiration, SpxStrikeLadder Ladder);

/// <summary>
/// Which SPX expirations and strikes are listed at each snapshot: monthlies from their horizon until the day before they
/// settle (AM, at the open of the expiration day), weeklies from their horizon through their expiration day (PM).
/// Built in one sequential pass because a strike, once listed, stays listed until expiry.
/// </summary>
public static class SpxListing
{
    public static SpxListedExpiry[][] Build(MarketPath path, SyntheticMarketOptions options, SpxVolatilitySurface surface)
    {
        var listing = options.Listing;
        int horizon = Math.Max(listing.WeeklyHorizonDays, listing.MonthlyHorizonDays);
        var expirations = ExpirationCalendar.SpxExpirations(path.Dates[0], path.Dates[^1].AddDays(horizon));
        var ladders = new Dictionary<DateOnly, SpxStrikeLadder>();
        var result = new SpxListedExpiry[path.Count][];
        int first = 0;
        var today = new List<SpxListedExpiry>();
        for (int d = 0; d < path.Count; d++)
        {
            var date = path.Dates[d];
            while (first < expirations.Count && expirations[first].Date < date)
                ladders.Remove(expirations[first++].Date);
            today.Clear();
            for (int e = first; e < expirations.Count; e++)
            {
                var expiration = expirations[e];
                bool monthly = expiration.Settlement == SettlementStyle.Am;
                int days = expiration.Date.DayNumber - date.DayNumber;
                if (days > horizon)
                    break;
                if ((monthly && (days == 0 || days > listing.MonthlyHorizonDays)) || (!monthly && days > listing.WeeklyHorizonDays))
                    continue;
                var slice = surface.Slice(date, path.Close[d], path.Variance[d], path.Rate[d], expiration);
                var ladder = SpxStrikeLadder.Around(slice.Forward, slice.StandardDeviationPoints,
                    surface.StrikeForCallDelta(slice, SpxStrikeLadder.DeepCallDelta), surface.StrikeForCallDelta(slice, SpxStrikeLadder.FarCallDelta), days);
                if (ladders.TryGetValue(expiration.Date, out var listed))
                    ladder = listed.Union(ladder);
                ladders[expiration.Date] = ladder;
                today.Add(new SpxListedExpiry(expiration, ladder));
            }

            result[d] = today.ToArray();
        }

        return result;
    }
}
