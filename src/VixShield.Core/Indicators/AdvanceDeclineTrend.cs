namespace VixShield.Core.Indicators;

/// <summary>The A/D line against its simple moving average over <see cref="Days"/> snapshots: the breadth filter and hedge signal.</summary>
/// <remarks>
/// Both predicates are false until the average exists, so they are not each other's negation: a breadth filter
/// that is not warmed up blocks entries, and a breadth trigger that is not warmed up never fires.
/// </remarks>
public sealed class AdvanceDeclineTrend
{
    public AdvanceDeclineTrend(IndicatorSeries line, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        Days = days;
        Line = line;
        Average = MovingAverage.Simple(line.Values, days);
    }

    /// <summary>Averaging window in snapshots (trading days), today included.</summary>
    public int Days { get; }

    public IndicatorSeries Line { get; }

    public IndicatorSeries Average { get; }

    public bool IsBelowAverage(int snapshot) => Line[snapshot] < Average[snapshot];

    public bool IsAtOrAboveAverage(int snapshot) => Line[snapshot] >= Average[snapshot];
}
