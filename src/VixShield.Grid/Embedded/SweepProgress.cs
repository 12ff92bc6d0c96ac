namespace VixShield.Grid.Embedded;

/// <summary>Where an embedded sweep stands: sets done of the total, of which <paramref name="SetsAtStart"/> were already in the journal.</summary>
public sealed record SweepProgress(long SetsDone, long TotalSets, int UnitsDone, int Units, long SetsAtStart, TimeSpan Elapsed)
{
    /// <summary>Sets computed by this run per second (0 before any).</summary>
    public double SetsPerSecond => Elapsed > TimeSpan.Zero ? (SetsDone - SetsAtStart) / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the current rate; null while the rate is unknown.</summary>
    public TimeSpan? Remaining => SetsPerSecond > 0 ? TimeSpan.FromSeconds((TotalSets - SetsDone) / SetsPerSecond) : null;
}
