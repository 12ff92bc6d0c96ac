using VixShield.Sweeps;

namespace VixShield.Grid.Coordinator;

/// <summary>Asks the coordinator to run a sweep; answered by <see cref="SweepSubmitted"/> or <see cref="SweepRejected"/>. Resubmitting the same id is harmless.</summary>
/// <param name="SourcePath">Absolute path the sweep file is read as (anchors its relative <c>data:</c>).</param>
/// <param name="UnitSize">Parameter sets per work unit; 0 lets the coordinator size units from the rate its workers report.</param>
public sealed record SubmitSweep(string SweepId, string SourcePath, string SourceText, long UnitSize = 0) : IGridMessage;

/// <summary>The sweep is accepted, or <paramref name="AlreadyKnown"/> (a resubmission, which resumes it with <paramref name="SetsDone"/> sets already done).</summary>
public sealed record SweepSubmitted(string SweepId, long TotalSets, int Units, bool AlreadyKnown = false, long SetsDone = 0) : IGridMessage;

/// <summary>The sweep file or the request was invalid.</summary>
public sealed record SweepRejected(string SweepId, string Reason) : IGridMessage;

/// <summary>
/// A worker asks for at most <paramref name="Capacity"/> more units (0 is a heartbeat) and lists the units it is running,
/// which keeps their leases alive. Duplicates are harmless: each is answered by what is free now.
/// </summary>
public sealed record RequestWork(int Capacity, IReadOnlyList<HeldUnit>? Holding = null) : IGridMessage;

/// <summary>A unit a worker is running.</summary>
public sealed record HeldUnit(string SweepId, int UnitId);

/// <summary>A worker's results for every set of a unit, in index order, and the seconds its slot spent computing them.</summary>
public sealed record UnitResults(string SweepId, int UnitId, IReadOnlyList<SetResult> Results, double ComputeSeconds = 0) : IGridMessage;

/// <summary>A worker could not run a unit at all (data missing, sweep unreadable, crash).</summary>
public sealed record UnitRunFailed(string SweepId, int UnitId, string Error) : IGridMessage;

/// <summary>A worker hands back a unit it was granted but has no free slot for (a duplicate request was answered twice).</summary>
public sealed record UnitDeclined(string SweepId, int UnitId) : IGridMessage;

/// <summary>A worker leaves (its node is stopping): its units go back to the queue, and it is no longer watched, so its stop does not count as a loss. Answered by <see cref="WorkerLeft"/> once written.</summary>
public sealed record WorkerLeaving(IReadOnlyList<HeldUnit> Units) : IGridMessage;

/// <summary>The coordinator has taken a leaving worker's units back.</summary>
public sealed record WorkerLeft : IGridMessage
{
    public static WorkerLeft Instance { get; } = new();
}

/// <summary>Cancels a running sweep; answered by its <see cref="SweepStatus"/>.</summary>
public sealed record CancelSweep(string SweepId) : IGridMessage;

/// <summary>Asks for a sweep's <see cref="SweepStatus"/>.</summary>
public sealed record GetSweepStatus(string SweepId) : IGridMessage;

/// <summary>Asks for the file a sweep was submitted with; answered by <see cref="SweepSource"/> (empty text when unknown).</summary>
public sealed record GetSweepSource(string SweepId) : IGridMessage;

/// <summary>The path a sweep file was read as (anchors its relative <c>data:</c>) and its text.</summary>
public sealed record SweepSource(string SweepId, string SourcePath, string SourceText) : IGridMessage
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsKnown => SourceText.Length > 0;
}

/// <summary>Asks for every sweep's status; answered by <see cref="SweepList"/>.</summary>
public sealed record ListSweeps : IGridMessage
{
    public static ListSweeps Instance { get; } = new();
}

/// <summary>Every sweep the coordinator knows, in acceptance order.</summary>
public sealed record SweepList(IReadOnlyList<SweepStatus> Sweeps) : IGridMessage;

/// <summary>Where a sweep stands. Results are not carried here: they are read from the journal (<see cref="Results.SweepResultsQuery"/>).</summary>
/// <param name="AcceptedAtUtc">When the coordinator accepted the sweep.</param>
/// <param name="FinishedAtUtc">When it completed, failed or was cancelled; null while running.</param>
public sealed record SweepStatus(
    string SweepId, string Name, SweepPhase Phase, long TotalSets, long SetsDone, int Units, int UnitsDone, int UnitsInFlight,
    string? Error, DateTime? AcceptedAtUtc, DateTime? FinishedAtUtc) : IGridMessage
{
    /// <summary>The status of a sweep the coordinator does not know.</summary>
    public static SweepStatus Unknown(string sweepId) => new(sweepId, "", SweepPhase.Unknown, 0, 0, 0, 0, 0, null, null, null);
}

/// <summary>A sweep's life: running until every unit is done, a unit exhausts its attempts, or it is cancelled.</summary>
public enum SweepPhase
{
    Unknown,
    Running,
    Completed,
    Failed,
    Cancelled,
}
