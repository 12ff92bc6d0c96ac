namespace VixShield.Grid.Coordinator;

/// <summary>An event in the coordinator's journal; applied to <see cref="CoordinatorState"/> on write and on recovery.</summary>
public interface ICoordinatorEvent : IGridMessage
{
    string SweepId { get; }
}

/// <summary>A sweep was accepted with its plan: <paramref name="TotalSets"/> sets in units of <paramref name="UnitSize"/>.</summary>
public sealed record SweepAccepted(string SweepId, string SourcePath, string SourceText, long TotalSets, long UnitSize, int MaxAttempts) : ICoordinatorEvent;

/// <summary>A unit was given to a worker (by its actor path) for the given attempt (1-based).</summary>
public sealed record UnitDispatched(string SweepId, int UnitId, string Worker, int Attempt) : ICoordinatorEvent;

/// <summary>A unit's results arrived first; later copies are ignored.</summary>
public sealed record UnitCompleted(string SweepId, int UnitId, IReadOnlyList<SetResult> Results) : ICoordinatorEvent;

/// <summary>A unit's attempt failed (error from the worker, worker lost, or no result by the deadline); it goes back to the queue unless attempts are exhausted.</summary>
public sealed record UnitFailed(string SweepId, int UnitId, string Error, int Attempt) : ICoordinatorEvent;

/// <summary>The sweep ended: every unit done (<paramref name="Error"/> null) or failed for good.</summary>
public sealed record SweepFinished(string SweepId, SweepPhase Outcome, string? Error) : ICoordinatorEvent;

/// <summary>The sweep was cancelled; in-flight results that arrive later are ignored.</summary>
public sealed record SweepCancelled(string SweepId) : ICoordinatorEvent;

/// <summary>A unit in flight before a restart was handed back to the queue on resubmission (not a failed attempt: its count is unchanged).</summary>
public sealed record UnitReleased(string SweepId, int UnitId, int Attempt) : ICoordinatorEvent;
