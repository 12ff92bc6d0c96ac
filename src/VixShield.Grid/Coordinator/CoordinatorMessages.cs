namespace VixShield.Grid.Coordinator;

/// <summary>Asks the coordinator to run a sweep; answered by <see cref="SweepSubmitted"/> or <see cref="SweepRejected"/>. Resubmitting the same id is harmless.</summary>
/// <param name="SourcePath">Absolute path the sweep file is read as (anchors its relative <c>data:</c>).</param>
/// <param name="UnitSize">Parameter sets per work unit (see <see cref="Sweeps.Planning.WorkUnitPlanner"/>).</param>
public sealed record SubmitSweep(string SweepId, string SourcePath, string SourceText, long UnitSize) : IGridMessage;

/// <summary>The sweep is accepted (or was already).</summary>
public sealed record SweepSubmitted(string SweepId, long TotalSets, int Units) : IGridMessage;

/// <summary>The sweep file or the request was invalid.</summary>
public sealed record SweepRejected(string SweepId, string Reason) : IGridMessage;

/// <summary>A worker asks for at most <paramref name="Capacity"/> units; duplicates are harmless (answered by what is free now).</summary>
public sealed record RequestWork(int Capacity) : IGridMessage;

/// <summary>A worker's results for every set of a unit, in index order.</summary>
public sealed record UnitResults(string SweepId, int UnitId, IReadOnlyList<SetResult> Results) : IGridMessage;

/// <summary>A worker could not run a unit at all (data missing, sweep unreadable, crash).</summary>
public sealed record UnitRunFailed(string SweepId, int UnitId, string Error) : IGridMessage;

/// <summary>Cancels a running sweep; answered by its <see cref="SweepStatus"/>.</summary>
public sealed record CancelSweep(string SweepId) : IGridMessage;

/// <summary>Asks for a sweep's <see cref="SweepStatus"/>.</summary>
public sealed record GetSweepStatus(string SweepId) : IGridMessage;

/// <summary>Where a sweep stands; <paramref name="Results"/> holds every completed set in index order.</summary>
public sealed record SweepStatus(
    string SweepId, SweepPhase Phase, long TotalSets, int Units, int UnitsDone, int UnitsInFlight, string? Error,
    IReadOnlyList<SetResult> Results) : IGridMessage;

/// <summary>A sweep's life: running until every unit is done, a unit exhausts its attempts, or it is cancelled.</summary>
public enum SweepPhase
{
    Unknown,
    Running,
    Completed,
    Failed,
    Cancelled,
}
