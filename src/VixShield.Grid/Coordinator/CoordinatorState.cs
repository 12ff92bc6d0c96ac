using VixShield.Sweeps;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// The coordinator's logic without Akka: decision methods return the events to persist (changing nothing), and
/// <see cref="Apply"/> changes the state, the same way on write and on recovery. Leases are the one thing changed
/// without an event (<see cref="Heartbeat"/>, <see cref="MarkRecovered"/>): they are about live workers, not history.
/// Sweeps are served in acceptance order.
/// </summary>
public sealed class CoordinatorState
{
    private readonly Dictionary<string, SweepLedger> _sweeps = new(StringComparer.Ordinal);
    private readonly List<SweepLedger> _order = [];
    private readonly Func<DateTime> _clock;

    /// <param name="lease">How long a unit stays with a worker that does not list it in a heartbeat.</param>
    /// <param name="unitTimeLimit">How long a unit may be held at most, heartbeats or not.</param>
    /// <param name="clock">UTC now; injectable for tests.</param>
    public CoordinatorState(TimeSpan lease, TimeSpan unitTimeLimit, Func<DateTime>? clock = null)
    {
        Lease = lease;
        UnitTimeLimit = unitTimeLimit;
        _clock = clock ?? (() => DateTime.UtcNow);
    }

    public TimeSpan Lease { get; }

    public TimeSpan UnitTimeLimit { get; }

    public IReadOnlyList<SweepLedger> Sweeps => _order;

    public SweepLedger? Find(string sweepId) => _sweeps.GetValueOrDefault(sweepId);

    /// <summary>True when some running sweep has a queued unit.</summary>
    public bool HasQueuedWork => _order.Any(s => s.HasQueued);

    /// <summary>Up to <paramref name="capacity"/> queued units for <paramref name="worker"/>, one event per sweep they come from; never more than asked.</summary>
    public IReadOnlyList<UnitsDispatched> Dispatch(string worker, int capacity)
    {
        var events = new List<UnitsDispatched>();
        int granted = 0;
        foreach (var sweep in _order)
        {
            if (granted >= capacity)
                break;
            if (!sweep.HasQueued)
                continue;
            var units = new List<DispatchedUnit>();
            foreach (int unit in sweep.Queue())
            {
                if (granted >= capacity)
                    break;
                units.Add(new DispatchedUnit(unit, sweep.FailuresOf(unit) + 1));
                granted++;
            }

            if (units.Count > 0)
                events.Add(new UnitsDispatched(sweep.Id, worker, units));
        }

        return events;
    }

    /// <summary>
    /// A worker's heartbeat: renews the lease of every unit it lists, and releases the units an earlier incarnation of
    /// the coordinator gave it that it no longer runs (their grant or their result was lost in the restart).
    /// </summary>
    public IReadOnlyList<ICoordinatorEvent> Heartbeat(string worker, IReadOnlyList<HeldUnit> holding)
    {
        var leaseUntil = _clock() + Lease;
        foreach (var unit in holding)
            Find(unit.SweepId)?.Renew(unit.UnitId, worker, leaseUntil);
        List<ICoordinatorEvent>? released = null;
        foreach (var sweep in _order)
        {
            if (sweep.RecoveredInFlight == 0)
                continue;
            // Renewed above means no longer Recovered: what is left of this worker's recovered units it does not run.
            foreach (var unit in sweep.InFlight.Values)
            {
                if (unit.Recovered && unit.Worker == worker)
                    (released ??= []).Add(new UnitReleased(sweep.Id, unit.UnitId, unit.Attempt));
            }
        }

        return released ?? (IReadOnlyList<ICoordinatorEvent>)[];
    }

    /// <summary>
    /// Accepts the first result of a unit of a running sweep, from whichever worker (results are a pure function of the
    /// sweep), and finishes the sweep with its last unit. A duplicate, or a result for a stopped sweep, gives nothing.
    /// A result of the wrong shape counts as a failure of that attempt.
    /// </summary>
    public IReadOnlyList<ICoordinatorEvent> Complete(string sweepId, int unitId, IReadOnlyList<SetResult> results, string worker)
    {
        var sweep = Find(sweepId);
        if (sweep is null || sweep.Phase != SweepPhase.Running || unitId < 0 || unitId >= sweep.Plan.Count || sweep.IsDone(unitId))
            return [];
        var unit = sweep.Plan[unitId];
        bool shaped = results.Count == unit.Count && results.Select((r, i) => r.Index == unit.FirstIndex + i).All(ok => ok);
        if (!shaped)
            return Fail(sweepId, unitId, $"unit {unitId} came back with {results.Count} results, not sets {unit.FirstIndex}..{unit.EndIndex - 1}", worker);
        var events = new List<ICoordinatorEvent> { new UnitCompleted(sweepId, unitId, results) };
        if (sweep.UnitsDone + 1 == sweep.Plan.Count)
            events.Add(new SweepFinished(sweepId, SweepPhase.Completed, null, _clock()));
        return events;
    }

    /// <summary>
    /// A failed attempt of a unit in flight on <paramref name="worker"/> (a stale report about an attempt already
    /// given elsewhere gives nothing); the sweep fails once a unit has failed its maximum number of attempts.
    /// </summary>
    public IReadOnlyList<ICoordinatorEvent> Fail(string sweepId, int unitId, string error, string worker)
    {
        var sweep = Find(sweepId);
        if (sweep is null || sweep.Phase != SweepPhase.Running || !sweep.InFlight.TryGetValue(unitId, out var inFlight) || inFlight.Worker != worker)
            return [];
        var events = new List<ICoordinatorEvent> { new UnitFailed(sweepId, unitId, error, inFlight.Attempt) };
        if (inFlight.Attempt >= sweep.Accepted.MaxAttempts)
            events.Add(new SweepFinished(sweepId, SweepPhase.Failed, $"unit {unitId} failed {inFlight.Attempt} times; last error: {error}", _clock()));
        return events;
    }

    /// <summary>A worker hands back a unit it has no slot for: back to the queue, not a failed attempt.</summary>
    public IReadOnlyList<ICoordinatorEvent> Decline(string sweepId, int unitId, string worker) =>
        Find(sweepId) is { Phase: SweepPhase.Running } sweep && sweep.InFlight.TryGetValue(unitId, out var unit) && unit.Worker == worker
            ? [new UnitReleased(sweepId, unitId, unit.Attempt)]
            : [];

    /// <summary>Every unit in flight on a worker that is gone fails its attempt.</summary>
    public IReadOnlyList<ICoordinatorEvent> WorkerLost(string worker) =>
        FailEach(_order.SelectMany(s => s.InFlight.Values.Where(u => u.Worker == worker).Select(u => (s, u))), $"worker {worker} was lost");

    /// <summary>Every unit whose lease ran out fails its attempt.</summary>
    public IReadOnlyList<ICoordinatorEvent> Expire()
    {
        var now = _clock();
        return FailEach(_order.SelectMany(s => s.InFlight.Values.Where(u => u.LeaseUntil <= now).Select(u => (s, u))),
            $"no heartbeat or result within {Lease.TotalSeconds:0.###} s (or held past {UnitTimeLimit.TotalMinutes:0.###} min)");
    }

    /// <summary>Accepts a new sweep; the same id again gives nothing.</summary>
    public IReadOnlyList<ICoordinatorEvent> Accept(SweepAccepted accepted)
    {
        if (_sweeps.ContainsKey(accepted.SweepId))
            return [];
        var events = new List<ICoordinatorEvent> { accepted };
        if (accepted.TotalSets == 0)
            events.Add(new SweepFinished(accepted.SweepId, SweepPhase.Completed, null, _clock()));
        return events;
    }

    /// <summary>Resuming a running sweep by resubmission: every unit still in flight from an earlier incarnation goes back to the queue now rather than at its lease's end.</summary>
    public IReadOnlyList<ICoordinatorEvent> ReleaseRecovered(string sweepId) =>
        Find(sweepId) is { Phase: SweepPhase.Running } sweep
            ? sweep.InFlight.Values.Where(u => u.Recovered).OrderBy(u => u.UnitId).Select(u => (ICoordinatorEvent)new UnitReleased(sweepId, u.UnitId, u.Attempt)).ToArray()
            : [];

    public IReadOnlyList<ICoordinatorEvent> Cancel(string sweepId) =>
        Find(sweepId) is { Phase: SweepPhase.Running } ? [new SweepCancelled(sweepId, _clock())] : [];

    public void Apply(ICoordinatorEvent e)
    {
        if (e is SweepAccepted accepted)
        {
            if (_sweeps.ContainsKey(accepted.SweepId))
                return;
            var ledger = new SweepLedger(accepted);
            _sweeps.Add(accepted.SweepId, ledger);
            _order.Add(ledger);
            return;
        }

        var now = _clock();
        Find(e.SweepId)?.Apply(e, now + Lease, now + UnitTimeLimit);
    }

    /// <summary>After recovery: every unit in flight belongs to an earlier incarnation and is leased from now.</summary>
    public void MarkRecovered()
    {
        var leaseUntil = _clock() + Lease;
        foreach (var sweep in _order)
            sweep.MarkRecovered(leaseUntil);
    }

    public CoordinatorSnapshot ToSnapshot() => new(_order.Select(s => s.ToSnapshot()).ToArray());

    /// <summary>Restores a snapshot; units in flight are leased from now.</summary>
    public void Restore(CoordinatorSnapshot snapshot)
    {
        _sweeps.Clear();
        _order.Clear();
        var now = _clock();
        foreach (var s in snapshot.Sweeps)
        {
            var ledger = SweepLedger.FromSnapshot(s, now + Lease, now + UnitTimeLimit);
            _sweeps.Add(ledger.Id, ledger);
            _order.Add(ledger);
        }
    }

    public SweepStatus StatusOf(string sweepId) => Find(sweepId)?.Status() ?? SweepStatus.Unknown(sweepId);

    private IReadOnlyList<ICoordinatorEvent> FailEach(IEnumerable<(SweepLedger Sweep, InFlightUnit Unit)> lost, string error)
    {
        var events = new List<ICoordinatorEvent>();
        foreach (var (sweep, unit) in lost.ToArray())
        {
            if (events.OfType<SweepFinished>().Any(f => f.SweepId == sweep.Id))
                continue;
            events.AddRange(Fail(sweep.Id, unit.UnitId, error, unit.Worker));
        }

        return events;
    }
}
