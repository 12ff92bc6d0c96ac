namespace VixShield.Grid.Coordinator;

/// <summary>The coordinator's control state, saved every N events so recovery replays only the tail of the journal. Holds no results, so it stays small however large the sweeps.</summary>
public sealed record CoordinatorSnapshot(IReadOnlyList<SweepSnapshot> Sweeps) : IGridMessage;

/// <summary>One sweep inside a <see cref="CoordinatorSnapshot"/>: which units are done (as runs of ids), queued again, in flight, or have failed.</summary>
public sealed record SweepSnapshot(
    SweepAccepted Accepted, SweepPhase Phase, string? Error, DateTime? FinishedAtUtc, int NextFresh, IReadOnlyList<int> Requeued,
    IReadOnlyList<UnitDispatched> InFlight, IReadOnlyList<UnitFailureCount> Failures, IReadOnlyList<UnitRun> Done, long SetsDone);

/// <summary>How many attempts of a unit have failed so far.</summary>
public sealed record UnitFailureCount(int UnitId, int Failures);

/// <summary>Units <paramref name="First"/> .. First + Count − 1.</summary>
public sealed record UnitRun(int First, int Count);
