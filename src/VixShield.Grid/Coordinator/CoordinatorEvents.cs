using VixShield.Sweeps;

namespace VixShield.Grid.Coordinator;

/// <summary>An event in the coordinator's journal; applied to <see cref="CoordinatorState"/> on write and on recovery.</summary>
public interface ICoordinatorEvent : IGridMessage
{
    string SweepId { get; }
}

/// <summary>A sweep was accepted with its plan: <paramref name="TotalSets"/> sets in units of <paramref name="UnitSize"/>.</summary>
/// <param name="Name">The sweep file's <c>name:</c> (added after v1 was first written: empty when read from an older journal).</param>
public sealed record SweepAccepted(
    string SweepId, string SourcePath, string SourceText, long TotalSets, long UnitSize, int MaxAttempts,
    string? Name = null, DateTime? AcceptedAtUtc = null) : ICoordinatorEvent;

/// <summary>
/// Units of one sweep were given to a worker (by its actor path) in one grant: one event per grant rather than per
/// unit, because the journal's cost is per row and a worker asks for many units at a time.
/// </summary>
public sealed record UnitsDispatched(string SweepId, string Worker, IReadOnlyList<DispatchedUnit> Units) : ICoordinatorEvent;

/// <summary>A unit of a grant, for the given attempt (1-based).</summary>
public sealed record DispatchedUnit(int UnitId, int Attempt);

/// <summary>A unit was given to a worker (by its actor path) for the given attempt (1-based). Journals written before grants became <see cref="UnitsDispatched"/> hold these; snapshots still list units in flight this way.</summary>
public sealed record UnitDispatched(string SweepId, int UnitId, string Worker, int Attempt) : ICoordinatorEvent;

/// <summary>A unit's results arrived first; later copies are ignored. The results live only here (tagged by sweep, see <see cref="Results.SweepResultsQuery"/>), never in snapshots.</summary>
public sealed record UnitCompleted(string SweepId, int UnitId, IReadOnlyList<SetResult> Results) : ICoordinatorEvent;

/// <summary>A unit's attempt failed (error from the worker, worker lost, or no result by the deadline); it goes back to the queue unless attempts are exhausted.</summary>
public sealed record UnitFailed(string SweepId, int UnitId, string Error, int Attempt) : ICoordinatorEvent;

/// <summary>The sweep ended: every unit done (<paramref name="Error"/> null) or failed for good.</summary>
public sealed record SweepFinished(string SweepId, SweepPhase Outcome, string? Error, DateTime? AtUtc = null) : ICoordinatorEvent;

/// <summary>The sweep was cancelled; in-flight results that arrive later are ignored.</summary>
public sealed record SweepCancelled(string SweepId, DateTime? AtUtc = null) : ICoordinatorEvent;

/// <summary>A unit in flight was handed back to the queue without counting as a failed attempt: declined by its worker, or held by a worker of an earlier incarnation that no longer runs it.</summary>
public sealed record UnitReleased(string SweepId, int UnitId, int Attempt) : ICoordinatorEvent;
