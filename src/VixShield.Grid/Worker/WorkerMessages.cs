namespace VixShield.Grid.Worker;

/// <summary>One unit to run: the sweep file (parsed once per worker and sweep) and the set range [FirstIndex, FirstIndex + Count).</summary>
public sealed record WorkAssignment(string SweepId, string SourcePath, string SourceText, int UnitId, long FirstIndex, long Count) : IGridMessage;

/// <summary>The coordinator's answer to <see cref="Coordinator.RequestWork"/>: never more units than asked, possibly none.</summary>
public sealed record WorkGranted(IReadOnlyList<WorkAssignment> Units) : IGridMessage;

/// <summary>Tells idle workers that new work is queued; they answer with <see cref="Coordinator.RequestWork"/>.</summary>
public sealed record WorkAvailable : IGridMessage
{
    public static WorkAvailable Instance { get; } = new();
}
