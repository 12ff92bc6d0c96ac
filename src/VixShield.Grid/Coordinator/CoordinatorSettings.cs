namespace VixShield.Grid.Coordinator;

/// <summary>How the coordinator persists, sizes units and when it gives up on one.</summary>
/// <param name="Lease">A unit whose worker has not listed it in a heartbeat for this long is dispatched again.</param>
/// <param name="UnitTimeLimit">A unit held this long since dispatch fails its attempt even while its worker still heartbeats (a hung run).</param>
/// <param name="MaxAttempts">Attempts per unit before the sweep fails with the unit's last error.</param>
/// <param name="SnapshotEvery">Events between snapshots.</param>
/// <param name="PersistenceId">The journal's persistence id (one coordinator per id).</param>
/// <param name="UnitTarget">Compute time a unit should take when the coordinator sizes it.</param>
/// <param name="InitialSetsPerSecond">Sets per second per worker slot assumed until workers report a measured rate.</param>
/// <param name="MinUnitsPerSweep">A sweep the coordinator sizes is cut into at least this many units when it has the sets, so that a
/// small sweep still spreads over the cluster and a lost unit costs little.</param>
/// <param name="MaxUnwrittenResults">Set results taken but not yet written above which the coordinator holds further results and
/// grants until its journal catches up: it bounds one journal write (about 0.8 KB a set) and the answer time of every
/// question that waits for the journal.</param>
public sealed record CoordinatorSettings(
    TimeSpan Lease, TimeSpan UnitTimeLimit, int MaxAttempts = 3, int SnapshotEvery = 1000, string PersistenceId = "sweep-coordinator",
    TimeSpan? UnitTarget = null, double InitialSetsPerSecond = 500, int MinUnitsPerSweep = 64, int MaxUnwrittenResults = 20_000)
{
    /// <summary>Above this a unit's results would no longer fit comfortably in one remoting frame.</summary>
    public const long MaxUnitSize = 10_000;

    /// <summary>
    /// Sets per unit for a sweep of <paramref name="totalSets"/> at <paramref name="setsPerSecond"/> per slot: about
    /// <see cref="TargetUnitTime"/> of work; smaller, down to a fifth of it, to cut the sweep into
    /// <see cref="MinUnitsPerSweep"/> units (below that a unit's round trip to the journal starts to show); never above
    /// <see cref="MaxUnitSize"/>.
    /// </summary>
    public long UnitSizeFor(long totalSets, double setsPerSecond)
    {
        long full = Sweeps.Planning.WorkUnitPlanner.Plan(totalSets, setsPerSecond, TargetUnitTime).UnitSize;
        long smallest = Sweeps.Planning.WorkUnitPlanner.Plan(totalSets, setsPerSecond, TargetUnitTime / 5).UnitSize;
        long spread = (totalSets + MinUnitsPerSweep - 1) / Math.Max(1, MinUnitsPerSweep);
        return Math.Clamp(Math.Clamp(spread, smallest, full), 1, MaxUnitSize);
    }

    /// <summary>30 s leases (workers heartbeat every second or two), 30 min per unit, 1 s units.</summary>
    public static CoordinatorSettings Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30));

    /// <summary>How long a unit should take to compute: one second unless set.</summary>
    public TimeSpan TargetUnitTime => UnitTarget ?? TimeSpan.FromSeconds(1);

    /// <summary>How often leases are checked: a quarter of the lease, between 50 ms and 5 s.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromTicks(Math.Clamp(Lease.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(5).Ticks));
}
