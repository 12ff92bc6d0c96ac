using VixShield.Sweeps.Planning;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// One sweep's units: queued (never dispatched, or back after a failure), in flight on a worker with a deadline, done with
/// results. Changed only by <see cref="Apply"/>; the decisions live in <see cref="CoordinatorState"/>.
/// </summary>
public sealed class SweepLedger
{
    private readonly SortedSet<int> _requeued = [];
    private readonly Dictionary<int, InFlightUnit> _inFlight = [];
    private readonly Dictionary<int, int> _failures = [];
    private readonly SortedDictionary<int, IReadOnlyList<SetResult>> _done = [];

    internal SweepLedger(SweepAccepted accepted)
    {
        Accepted = accepted;
        Plan = new WorkUnitPlan(accepted.TotalSets, accepted.UnitSize);
        Phase = SweepPhase.Running;
    }

    public SweepAccepted Accepted { get; }

    public string Id => Accepted.SweepId;

    public WorkUnitPlan Plan { get; }

    public SweepPhase Phase { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Units below this id have been dispatched at least once.</summary>
    public int NextFresh { get; private set; }

    public int UnitsDone => _done.Count;

    public IReadOnlyDictionary<int, InFlightUnit> InFlight => _inFlight;

    public IReadOnlyCollection<int> Requeued => _requeued;

    public bool IsDone(int unitId) => _done.ContainsKey(unitId);

    public int FailuresOf(int unitId) => _failures.GetValueOrDefault(unitId);

    /// <summary>Completed units' results, by unit id.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SetResult>> Done => _done;

    /// <summary>Every completed set's result in index order.</summary>
    public IReadOnlyList<SetResult> Results() => _done.Values.SelectMany(r => r).ToArray();

    /// <summary>Queued units in dispatch order (requeued first, then fresh), without changing anything.</summary>
    internal IEnumerable<int> Queue()
    {
        if (Phase != SweepPhase.Running)
            yield break;
        foreach (int unit in _requeued)
            yield return unit;
        for (int unit = NextFresh; unit < Plan.Count; unit++)
        {
            if (!_done.ContainsKey(unit))
                yield return unit;
        }
    }

    internal void Apply(ICoordinatorEvent e, DateTime deadline)
    {
        switch (e)
        {
            case UnitDispatched d:
                _requeued.Remove(d.UnitId);
                if (d.UnitId >= NextFresh)
                    NextFresh = d.UnitId + 1;
                _inFlight[d.UnitId] = new InFlightUnit(d.UnitId, d.Worker, d.Attempt, deadline);
                break;
            case UnitCompleted c:
                _inFlight.Remove(c.UnitId);
                _requeued.Remove(c.UnitId);
                _done[c.UnitId] = c.Results;
                break;
            case UnitFailed f:
                _inFlight.Remove(f.UnitId);
                _failures[f.UnitId] = Math.Max(_failures.GetValueOrDefault(f.UnitId), f.Attempt);
                if (!_done.ContainsKey(f.UnitId) && f.UnitId < NextFresh)
                    _requeued.Add(f.UnitId);
                break;
            case UnitReleased r:
                _inFlight.Remove(r.UnitId);
                if (!_done.ContainsKey(r.UnitId) && r.UnitId < NextFresh)
                    _requeued.Add(r.UnitId);
                break;
            case SweepFinished s:
                Phase = s.Outcome;
                Error = s.Error;
                Stop();
                break;
            case SweepCancelled:
                Phase = SweepPhase.Cancelled;
                Stop();
                break;
        }
    }

    internal SweepSnapshot ToSnapshot() => new(
        Accepted, Phase, Error, NextFresh, _requeued.ToArray(),
        _inFlight.Values.OrderBy(u => u.UnitId).Select(u => new UnitDispatched(Id, u.UnitId, u.Worker, u.Attempt)).ToArray(),
        _failures.OrderBy(f => f.Key).Select(f => new UnitFailureCount(f.Key, f.Value)).ToArray(),
        _done.Select(d => new UnitCompleted(Id, d.Key, d.Value)).ToArray());

    internal static SweepLedger FromSnapshot(SweepSnapshot s, DateTime deadline)
    {
        var ledger = new SweepLedger(s.Accepted) { Phase = s.Phase, Error = s.Error, NextFresh = s.NextFresh };
        foreach (int unit in s.Requeued)
            ledger._requeued.Add(unit);
        foreach (var d in s.InFlight)
            ledger._inFlight[d.UnitId] = new InFlightUnit(d.UnitId, d.Worker, d.Attempt, deadline);
        foreach (var f in s.Failures)
            ledger._failures[f.UnitId] = f.Failures;
        foreach (var c in s.Done)
            ledger._done[c.UnitId] = c.Results;
        return ledger;
    }

    private void Stop()
    {
        _inFlight.Clear();
        _requeued.Clear();
    }
}

/// <summary>A unit on a worker: which attempt, and when it counts as lost (not persisted: recovery grants a fresh deadline).</summary>
public sealed record InFlightUnit(int UnitId, string Worker, int Attempt, DateTime Deadline);
