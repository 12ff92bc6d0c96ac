namespace VixShield.Grid.Coordinator;

/// <summary>The coordinator's whole state, saved every N events so recovery replays only the tail of the journal.</summary>
public sealed record CoordinatorSnapshot(IReadOnlyList<SweepSnapshot> Sweeps) : IGridMessage;

/// <summary>One sweep inside a <see cref="CoordinatorSnapshot"/>.</summary>
public sealed record SweepSnapshot(
    SweepAccepted Accepted, SweepPhase Phase, string? Error, int NextFresh, IReadOnlyList<int> Requeued,
    IReadOnlyList<UnitDispatched> InFlight, IReadOnlyList<UnitFailureCount> Failures, IReadOnlyList<UnitCompleted> Done);

/// <summary>How many attempts of a unit have failed so far.</summary>
public sealed record UnitFailureCount(int UnitId, int Failures);
