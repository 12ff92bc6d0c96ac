namespace VixShield.Grid.Coordinator;

/// <summary>How the coordinator persists and when it gives up on a unit.</summary>
/// <param name="UnitDeadline">A unit held longer than this without a result is dispatched again.</param>
/// <param name="MaxAttempts">Attempts per unit before the sweep fails with the unit's last error.</param>
/// <param name="SnapshotEvery">Events between snapshots.</param>
/// <param name="PersistenceId">The journal's persistence id (one coordinator per id).</param>
public sealed record CoordinatorSettings(
    TimeSpan UnitDeadline, int MaxAttempts = 3, int SnapshotEvery = 100, string PersistenceId = "sweep-coordinator")
{
    public static CoordinatorSettings Default { get; } = new(TimeSpan.FromMinutes(10));

    /// <summary>How often deadlines are checked: a quarter of the deadline, between 50 ms and 10 s.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromTicks(Math.Clamp(UnitDeadline.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(10).Ticks));
}
