namespace VixShield.Data.Synthetic;

/// <summary>Which contracts are listed: SPX expiration horizons, and how many VIX futures and VIX option expirations.</summary>
public sealed record SpxListingParameters
{
    /// <summary>Monday/Wednesday/Friday PM weeklies are listed this many calendar days ahead.</summary>
    public int WeeklyHorizonDays { get; init; } = 120;

    /// <summary>Third-Friday AM monthlies are listed this many calendar days ahead.</summary>
    public int MonthlyHorizonDays { get; init; } = 190;

    /// <summary>VIX futures listed at each snapshot (plus the expiring one on its final settlement day).</summary>
    public int VixFutures { get; init; } = 8;

    /// <summary>VIX option expirations listed (the nearest VIX futures expirations after the snapshot).</summary>
    public int VixOptionExpirations { get; init; } = 6;

    internal IEnumerable<string> Problems()
    {
        if (WeeklyHorizonDays is < 0 or > 400) yield return $"Listing.WeeklyHorizonDays must be in [0, 400] (got {WeeklyHorizonDays}).";
        if (MonthlyHorizonDays is < 28 or > 400) yield return $"Listing.MonthlyHorizonDays must be in [28, 400] (got {MonthlyHorizonDays}).";
        if (VixFutures is < 1 or > 12) yield return $"Listing.VixFutures must be in [1, 12] (got {VixFutures}).";
        if (VixOptionExpirations < 0 || VixOptionExpirations > VixFutures) yield return $"Listing.VixOptionExpirations must be in [0, VixFutures] (got {VixOptionExpirations}).";
    }
}
