namespace VixShield.Grid.Worker;

/// <summary>One unit to run: the sweep file (parsed once per worker and sweep) and the set range [FirstIndex, FirstIndex + Count).</summary>
public sealed record WorkAssignment(string SweepId, string SourcePath, string SourceText, int UnitId, long FirstIndex, long Count) : IGridMessage;

/// <summary>The coordinator's answer to <see cref="Coordinator.RequestWork"/>: never more units than asked, possibly none.</summary>
public sealed record WorkGranted(IReadOnlyList<WorkAssignment> Units) : IGridMessage
{
    /// <summary>A grant of nothing: no queued work now.</summary>
    public static WorkGranted None { get; } = new([]);
}

/// <summary>Tells idle workers that new work is queued; they answer with <see cref="Coordinator.RequestWork"/>.</summary>
public sealed record WorkAvailable : IGridMessage
{
    public static WorkAvailable Instance { get; } = new();
}

/// <summary>Tells the node's worker to leave: hand its units back and stop (sent by the node's coordinated shutdown; answered with <see cref="WorkerStopped"/>).</summary>
public sealed record LeaveGrid : IGridMessage
{
    public static LeaveGrid Instance { get; } = new();
}

/// <summary>The worker has handed its units back (or given up waiting for the coordinator) and is stopping.</summary>
public sealed record WorkerStopped : IGridMessage
{
    public static WorkerStopped Instance { get; } = new();
}
