using VixShield.Core.Market;

namespace VixShield.Reports.Building;

/// <summary>The snapshots of a tape between two calendar days (inclusive), as the index range a backtest runs over.</summary>
internal readonly record struct PeriodSnapshots(int First, int Last)
{
    public int Count => Last - First + 1;

    /// <summary>The range, or null when no snapshot falls between <paramref name="from"/> and <paramref name="to"/> (null = the tape's end on that side).</summary>
    public static PeriodSnapshots? Of(MarketTape tape, DateOnly? from, DateOnly? to)
    {
        int fromCode = from is { } f ? DateCode.FromDate(f) : int.MinValue, toCode = to is { } t ? DateCode.FromDate(t) : int.MaxValue;
        int first = Array.FindIndex(tape.Dates, d => d >= fromCode);
        int last = Array.FindLastIndex(tape.Dates, d => d <= toCode);
        return first < 0 || last < first ? null : new PeriodSnapshots(first, last);
    }
}
