namespace VixShield.Grid.Coordinator;

/// <summary>
/// The coordinator's logic without Akka: decision methods return the events to persist (changing nothing), and
/// <see cref="Apply"/> changes the state, the same way on write and on recovery. Sweeps are served in acceptance order.
/// </summary>
public sealed class CoordinatorState
{
    private readonly Dictionary<string, SweepLedger> _sweeps = new(StringComparer.Ordinal);
    private readonly List<SweepLedger> _order = [];
    private readonly Func<DateTime> _clock;

    /// <param name="unitDeadline">How long a worker may hold a unit before it is dispatched again.</param>
    /// <param name="clock">UTC now; injectable for tests.</param>
    public CoordinatorState(TimeSpan unitDeadline, Func<DateTime>? clock = null)
    {
        UnitDeadline = unitDeadline;
        _clock = clock ?? (() => DateTime.UtcNow);
    }

    public TimeSpan UnitDeadline { get; }

    public IReadOnlyList<SweepLedger> Sweeps => _order;

    public SweepLedger? Find(string sweepId) => _sweeps.GetValueOrDefault(sweepId);

    /// <summary>True when some running sweep has a queued unit.</summary>
    public bool HasQueuedWork => _order.Any(s => s.Queue().Any());

    /// <summary>Up to <paramref name="capacity"/> queued units for <paramref name="worker"/>; never more than asked.</summary>
    public IReadOnlyList<UnitDispatched> Dispatch(string worker, int capacity)
    {
        var events = new List<UnitDispatched>();
        foreach (var sweep in _order)
        {
            foreach (int unit in sweep.Queue())
            {
                if (events.Count >= capacity)
                    return events;
                events.Add(new UnitDispatched(sweep.Id, unit, worker, sweep.FailuresOf(unit) + 1));
            }
        }

        return events;
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
            events.Add(new SweepFinished(sweepId, SweepPhase.Completed, null));
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
            events.Add(new SweepFinished(sweepId, SweepPhase.Failed, $"unit {unitId} failed {inFlight.Attempt} times; last error: {error}"));
        return events;
    }

    /// <summary>Every unit in flight on a worker that is gone fails its attempt.</summary>
    public IReadOnlyList<ICoordinatorEvent> WorkerLost(string worker) =>
        FailEach(_order.SelectMany(s => s.InFlight.Values.Where(u => u.Worker == worker).Select(u => (s, u))), $"worker {worker} was lost");

    /// <summary>Every unit held past its deadline fails its attempt.</summary>
    public IReadOnlyList<ICoordinatorEvent> Expire()
    {
        var now = _clock();
        return FailEach(_order.SelectMany(s => s.InFlight.Values.Where(u => u.Deadline <= now).Select(u => (s, u))),
            $"no result within {UnitDeadline.TotalSeconds:0.###} s");
    }

    /// <summary>Accepts a new sweep; the same id again gives nothing.</summary>
    public IReadOnlyList<ICoordinatorEvent> Accept(SweepAccepted accepted)
    {
        if (_sweeps.ContainsKey(accepted.SweepId))
            return [];
        var events = new List<ICoordinatorEvent> { accepted };
        if (accepted.TotalSets == 0)
            events.Add(new SweepFinished(accepted.SweepId, SweepPhase.Completed, null));
        return events;
    }

    /// <summary>
    /// Resuming a running sweep: each of <paramref name="stale"/> (units in flight before a restart, with their attempt)
    /// that is still in flight on that attempt goes back to the queue without counting as a failure.
    /// </summary>
    public IReadOnlyList<ICoordinatorEvent> Release(string sweepId, IEnumerable<UnitDispatched> stale)
    {
        if (Find(sweepId) is not { Phase: SweepPhase.Running } sweep)
            return [];
        return stale
            .Where(d => d.SweepId == sweepId && sweep.InFlight.TryGetValue(d.UnitId, out var u) && u.Attempt == d.Attempt && u.Worker == d.Worker)
            .Select(d => (ICoordinatorEvent)new UnitReleased(sweepId, d.UnitId, d.Attempt))
            .ToArray();
    }

    public IReadOnlyList<ICoordinatorEvent> Cancel(string sweepId) =>
        Find(sweepId) is { Phase: SweepPhase.Running } ? [new SweepCancelled(sweepId)] : [];

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

        Find(e.SweepId)?.Apply(e, _clock() + UnitDeadline);
    }

    public CoordinatorSnapshot ToSnapshot() => new(_order.Select(s => s.ToSnapshot()).ToArray());

    /// <summary>Restores a snapshot; units in flight get a fresh deadline from now.</summary>
    public void Restore(CoordinatorSnapshot snapshot)
    {
        _sweeps.Clear();
        _order.Clear();
        var deadline = _clock() + UnitDeadline;
        foreach (var s in snapshot.Sweeps)
        {
            var ledger = SweepLedger.FromSnapshot(s, deadline);
            _sweeps.Add(ledger.Id, ledger);
            _order.Add(ledger);
        }
    }

    public SweepStatus StatusOf(string sweepId) => Find(sweepId) is { } s
        ? new SweepStatus(s.Id, s.Phase, s.Plan.TotalSets, s.Plan.Count, s.UnitsDone, s.InFlight.Count, s.Error, s.Results())
        : new SweepStatus(sweepId, SweepPhase.Unknown, 0, 0, 0, 0, null, []);

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
