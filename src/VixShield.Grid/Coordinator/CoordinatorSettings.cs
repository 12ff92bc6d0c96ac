namespace VixShield.Grid.Coordinator;

/// <summary>How the coordinator persists, sizes units and when it gives up on one.</summary>
/// <param name="Lease">A unit whose worker has not listed it in a heartbeat for this long is dispatched again.</param>
/// <param name="UnitTimeLimit">A unit held this long since dispatch fails its attempt even while its worker still heartbeats (a hung run).</param>
/// <param name="MaxAttempts">Attempts per unit before the sweep fails with the unit's last error.</param>
/// <param name="SnapshotEvery">Events between snapshots.</param>
/// <param name="PersistenceId">The journal's persistence id (one coordinator per id).</param>
/// <param name="UnitTarget">Compute time a unit should take when the coordinator sizes it.</param>
/// <param name="InitialSetsPerSecond">Sets per second per worker slot assumed until workers report a measured rate.</param>
public sealed record CoordinatorSettings(
    TimeSpan Lease, TimeSpan UnitTimeLimit, int MaxAttempts = 3, int SnapshotEvery = 1000, string PersistenceId = "sweep-coordinator",
    TimeSpan? UnitTarget = null, double InitialSetsPerSecond = 500)
{
    /// <summary>30 s leases (workers heartbeat every second or two), 30 min per unit, 1 s units.</summary>
    public static CoordinatorSettings Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30));

    /// <summary>How long a unit should take to compute: one second unless set.</summary>
    public TimeSpan TargetUnitTime => UnitTarget ?? TimeSpan.FromSeconds(1);

    /// <summary>How often leases are checked: a quarter of the lease, between 50 ms and 5 s.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromTicks(Math.Clamp(Lease.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(5).Ticks));
}
