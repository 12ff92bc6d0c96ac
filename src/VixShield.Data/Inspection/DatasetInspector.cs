using VixShield.Core.Market;
using VixShield.Data.Loading;

namespace VixShield.Data.Inspection;

/// <summary>Summarises a loaded tape for <c>vixshield data inspect</c>.</summary>
public static class DatasetInspector
{
    public static DatasetSummary Summarise(TapeLoadResult loaded)
    {
        var tape = loaded.Tape;
        var spx = tape.SpxOptions;
        int minExp = int.MaxValue, maxExp = 0, minStrikes = int.MaxValue, maxStrikes = 0, withoutOptions = 0;
        long expSum = 0, strikeSum = 0, zeroBid = 0, locked = 0;
        for (int s = 0; s < tape.SnapshotCount; s++)
        {
            var slots = spx.Expiries(s);
            if (slots.IsEmpty)
                withoutOptions++;
            minExp = Math.Min(minExp, slots.Count);
            maxExp = Math.Max(maxExp, slots.Count);
            expSum += slots.Count;
            for (int slot = slots.Start; slot < slots.End; slot++)
            {
                int strikes = DistinctStrikes(spx, slot);
                minStrikes = Math.Min(minStrikes, strikes);
                maxStrikes = Math.Max(maxStrikes, strikes);
                strikeSum += strikes;
            }
        }

        for (int row = 0; row < spx.QuoteCount; row++)
        {
            if (spx.BidCents(row) == 0) zeroBid++;
            if (spx.BidCents(row) == spx.AskCents(row)) locked++;
        }

        int slotsTotal = spx.SlotCount;
        var source = loaded.Manifest.Source;
        return new DatasetSummary
        {
            Name = loaded.Manifest.Name,
            Source = source.Kind == "synthetic" ? $"synthetic (seed {source.Seed})" : $"import ({source.Format})",
            FirstDate = DateCode.Format(tape.Dates[0]),
            LastDate = DateCode.Format(tape.Dates[^1]),
            Snapshots = tape.SnapshotCount,
            SpxOptionRows = spx.QuoteCount,
            VixFutureRows = tape.VixFutures.Count,
            VixOptionRows = tape.VixOptions.QuoteCount,
            ExpirationsPerSnapshot = new(minExp == int.MaxValue ? 0 : minExp, (double)expSum / tape.SnapshotCount, maxExp),
            StrikesPerExpiration = new(slotsTotal == 0 ? 0 : minStrikes, slotsTotal == 0 ? 0 : (double)strikeSum / slotsTotal, maxStrikes),
            SnapshotsWithoutOptions = withoutOptions,
            MissingWeekdays = MissingWeekdays(tape.Dates),
            QualityCounts = new(zeroBid, locked, loaded.Report.Dropped.ToDictionary(d => $"{d.Key.Family}.{d.Key.Problem}", d => d.Value)),
            LoadSeconds = loaded.Report.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Strikes listed on either side of an expiration: a merge of the two sorted strike lists.</summary>
    private static int DistinctStrikes(OptionChains chains, int slot)
    {
        var calls = chains.Chain(slot, OptionRight.Call);
        var puts = chains.Chain(slot, OptionRight.Put);
        int a = calls.Start, b = puts.Start, count = 0;
        while (a < calls.End || b < puts.End)
        {
            count++;
            if (b >= puts.End || (a < calls.End && chains.Strike(a) < chains.Strike(b))) a++;
            else if (a >= calls.End || chains.Strike(b) < chains.Strike(a)) b++;
            else { a++; b++; }
        }

        return count;
    }

    private static List<string> MissingWeekdays(int[] dates)
    {
        var missing = new List<string>();
        var present = new HashSet<int>(dates);
        for (var day = DateCode.ToDate(dates[0]); day <= DateCode.ToDate(dates[^1]); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !present.Contains(DateCode.FromDate(day)))
                missing.Add(day.ToString("yyyy-MM-dd"));
        }

        return missing;
    }
}
