namespace VixShield.Data.Synthetic;

/// <summary>Progress of a generate run: the stage, and how many of the dataset's snapshots have been priced and written.</summary>
public readonly record struct GenerationProgress(string Stage, int DaysDone, int DaysTotal);

/// <summary>What a generate run wrote: row counts per file family, the snapshot range and the wall time.</summary>
public sealed record GenerationSummary(
    string Directory, DateOnly First, DateOnly Last, long SeriesRows, long SpxOptionRows, long VixFutureRows, long VixOptionRows, TimeSpan Elapsed);
