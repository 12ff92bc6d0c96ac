namespace VixShield.Core.Market;

/// <summary>
/// A whole dataset in memory, columnar and indexed by snapshot: the series, SPX options, VIX futures and VIX options.
/// Immutable once built, so one tape per node is shared by every backtest running there.
/// </summary>
public sealed class MarketTape
{
    public MarketTape(string name, int[] dates, MarketSeries series, OptionChains spxOptions, VixFutureCurve vixFutures, OptionChains vixOptions)
    {
        if (series.Count != dates.Length || spxOptions.SnapshotCount != dates.Length
            || vixFutures.SnapshotCount != dates.Length || vixOptions.SnapshotCount != dates.Length)
            throw new ArgumentException("Every part of a tape must cover the same snapshots.");
        for (int i = 1; i < dates.Length; i++)
        {
            if (dates[i] <= dates[i - 1])
                throw new ArgumentException($"Snapshot dates must ascend: {dates[i]} follows {dates[i - 1]}.");
        }

        Name = name;
        Dates = dates;
        DayNumbers = Array.ConvertAll(dates, DateCode.ToDayNumber);
        Series = series;
        SpxOptions = spxOptions;
        VixFutures = vixFutures;
        VixOptions = vixOptions;
    }

    public string Name { get; }

    /// <summary>Snapshot dates, <c>yyyymmdd</c>, ascending: the dataset's trading calendar.</summary>
    public int[] Dates { get; }

    /// <summary>Snapshot dates as <see cref="DateOnly.DayNumber"/>, for calendar-day arithmetic.</summary>
    public int[] DayNumbers { get; }

    public int SnapshotCount => Dates.Length;

    public MarketSeries Series { get; }

    public OptionChains SpxOptions { get; }

    public VixFutureCurve VixFutures { get; }

    public OptionChains VixOptions { get; }

    public bool HasVixFutures => VixFutures.Count > 0;

    public bool HasVixOptions => VixOptions.QuoteCount > 0;

    /// <summary>Bytes held by the tape's arrays.</summary>
    public long MemoryBytes =>
        SpxOptions.MemoryBytes + VixOptions.MemoryBytes + VixFutures.MemoryBytes + (8L + 4 + 4 + 7 * 8 + 2 * 4) * SnapshotCount;

    /// <summary>The snapshot index of a date, or -1 when the date is not a snapshot.</summary>
    public int FindSnapshot(int yyyymmdd)
    {
        int index = Array.BinarySearch(Dates, yyyymmdd);
        return index >= 0 ? index : -1;
    }
}
