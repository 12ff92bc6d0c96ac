using System.Collections;
using VixShield.Sweeps.Planning;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// One sweep's units: queued (never dispatched, or back after a failure), in flight on a worker under a lease, or done.
/// Results are not kept here (they stay in the journal's <see cref="UnitCompleted"/> events), so a sweep costs a bit per
/// unit however many metrics it produces. Changed only by <see cref="Apply"/>; the decisions live in <see cref="CoordinatorState"/>.
/// </summary>
public sealed class SweepLedger
{
    private readonly SortedSet<int> _requeued = [];
    private readonly Dictionary<int, InFlightUnit> _inFlight = [];
    private readonly Dictionary<int, int> _failures = [];
    private readonly BitArray _done;

    internal SweepLedger(SweepAccepted accepted)
    {
        Accepted = accepted;
        Plan = new WorkUnitPlan(accepted.TotalSets, accepted.UnitSize);
        Phase = SweepPhase.Running;
        _done = new BitArray(Plan.Count);
    }

    public SweepAccepted Accepted { get; }

    public string Id => Accepted.SweepId;

    /// <summary>The sweep file's name (older journals did not record it: then the id).</summary>
    public string Name => string.IsNullOrEmpty(Accepted.Name) ? Accepted.SweepId : Accepted.Name;

    public WorkUnitPlan Plan { get; }

    public SweepPhase Phase { get; private set; }

    public string? Error { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>Units below this id have been dispatched at least once.</summary>
    public int NextFresh { get; private set; }

    public int UnitsDone { get; private set; }

    public long SetsDone { get; private set; }

    public IReadOnlyDictionary<int, InFlightUnit> InFlight => _inFlight;

    public IReadOnlyCollection<int> Requeued => _requeued;

    public bool IsDone(int unitId) => _done[unitId];

    public int FailuresOf(int unitId) => _failures.GetValueOrDefault(unitId);

    public SweepStatus Status() => new(
        Id, Name, Phase, Plan.TotalSets, SetsDone, Plan.Count, UnitsDone, _inFlight.Count, Error, Accepted.AcceptedAtUtc, FinishedAtUtc);

    /// <summary>Queued units in dispatch order (requeued first, then fresh), without changing anything.</summary>
    internal IEnumerable<int> Queue()
    {
        if (Phase != SweepPhase.Running)
            yield break;
        foreach (int unit in _requeued)
            yield return unit;
        for (int unit = NextFresh; unit < Plan.Count; unit++)
        {
            if (!_done[unit])
                yield return unit;
        }
    }

    /// <summary>True when <see cref="Queue"/> would yield something; O(1) unless units were requeued.</summary>
    internal bool HasQueued => Phase == SweepPhase.Running && (_requeued.Count > 0 || NextFresh < Plan.Count);

    /// <summary>
    /// Units in flight that an earlier incarnation of the coordinator dispatched and no heartbeat has claimed since; a
    /// heartbeat looks for units to release only while this is above zero, so that in steady state it costs the units
    /// its worker lists, not every unit in flight.
    /// </summary>
    public int RecoveredInFlight { get; private set; }

    /// <summary>Extends the lease of a unit this worker still runs (not an event: leases are not persisted).</summary>
    internal void Renew(int unitId, string worker, DateTime leaseUntil)
    {
        if (_inFlight.TryGetValue(unitId, out var unit) && unit.Worker == worker)
        {
            if (unit.Recovered)
                RecoveredInFlight--;
            _inFlight[unitId] = unit with { LeaseUntil = leaseUntil <= unit.GiveUpAt ? leaseUntil : unit.GiveUpAt, Recovered = false };
        }
    }

    /// <summary>Marks every unit in flight as held by an earlier incarnation of the coordinator, leased from now.</summary>
    internal void MarkRecovered(DateTime leaseUntil)
    {
        foreach (var unit in _inFlight.Values.ToArray())
            _inFlight[unit.UnitId] = unit with { LeaseUntil = leaseUntil, Recovered = true };
        RecoveredInFlight = _inFlight.Count;
    }

    /// <param name="leaseUntil">The lease of a unit dispatched by <paramref name="e"/>.</param>
    /// <param name="giveUpAt">When a unit dispatched by <paramref name="e"/> fails however alive its worker.</param>
    internal void Apply(ICoordinatorEvent e, DateTime leaseUntil, DateTime giveUpAt)
    {
        switch (e)
        {
            case UnitsDispatched d:
                foreach (var unit in d.Units)
                    Dispatched(unit.UnitId, d.Worker, unit.Attempt, leaseUntil, giveUpAt);
                break;
            case UnitDispatched d:
                Dispatched(d.UnitId, d.Worker, d.Attempt, leaseUntil, giveUpAt);
                break;
            case UnitCompleted c:
                Leave(c.UnitId);
                _requeued.Remove(c.UnitId);
                if (!_done[c.UnitId])
                {
                    _done[c.UnitId] = true;
                    UnitsDone++;
                    SetsDone += Plan[c.UnitId].Count;
                }

                break;
            case UnitFailed f:
                Leave(f.UnitId);
                _failures[f.UnitId] = Math.Max(_failures.GetValueOrDefault(f.UnitId), f.Attempt);
                Requeue(f.UnitId);
                break;
            case UnitReleased r:
                Leave(r.UnitId);
                Requeue(r.UnitId);
                break;
            case SweepFinished s:
                Phase = s.Outcome;
                Error = s.Error;
                FinishedAtUtc = s.AtUtc;
                Stop();
                break;
            case SweepCancelled c:
                Phase = SweepPhase.Cancelled;
                FinishedAtUtc = c.AtUtc;
                Stop();
                break;
        }
    }

    internal SweepSnapshot ToSnapshot() => new(
        Accepted, Phase, Error, FinishedAtUtc, NextFresh, _requeued.ToArray(),
        _inFlight.Values.OrderBy(u => u.UnitId).Select(u => new UnitDispatched(Id, u.UnitId, u.Worker, u.Attempt)).ToArray(),
        _failures.OrderBy(f => f.Key).Select(f => new UnitFailureCount(f.Key, f.Value)).ToArray(),
        DoneRuns(), SetsDone);

    internal static SweepLedger FromSnapshot(SweepSnapshot s, DateTime leaseUntil, DateTime giveUpAt)
    {
        var ledger = new SweepLedger(s.Accepted) { Phase = s.Phase, Error = s.Error, FinishedAtUtc = s.FinishedAtUtc, NextFresh = s.NextFresh };
        foreach (int unit in s.Requeued)
            ledger._requeued.Add(unit);
        foreach (var d in s.InFlight)
            ledger._inFlight[d.UnitId] = new InFlightUnit(d.UnitId, d.Worker, d.Attempt, leaseUntil, giveUpAt);
        foreach (var f in s.Failures)
            ledger._failures[f.UnitId] = f.Failures;
        foreach (var run in s.Done)
        {
            for (int unit = run.First; unit < run.First + run.Count; unit++)
                ledger._done[unit] = true;
            ledger.UnitsDone += run.Count;
        }

        ledger.SetsDone = s.SetsDone;
        return ledger;
    }

    private UnitRun[] DoneRuns()
    {
        var runs = new List<UnitRun>();
        int start = -1;
        for (int unit = 0; unit <= Plan.Count; unit++)
        {
            bool done = unit < Plan.Count && _done[unit];
            if (done && start < 0)
                start = unit;
            else if (!done && start >= 0)
            {
                runs.Add(new UnitRun(start, unit - start));
                start = -1;
            }
        }

        return runs.ToArray();
    }

    private void Dispatched(int unitId, string worker, int attempt, DateTime leaseUntil, DateTime giveUpAt)
    {
        _requeued.Remove(unitId);
        if (unitId >= NextFresh)
            NextFresh = unitId + 1;
        Leave(unitId);
        _inFlight[unitId] = new InFlightUnit(unitId, worker, attempt, leaseUntil, giveUpAt);
    }

    /// <summary>The unit is no longer in flight (or is about to be dispatched again).</summary>
    private void Leave(int unitId)
    {
        if (_inFlight.Remove(unitId, out var unit) && unit.Recovered)
            RecoveredInFlight--;
    }

    private void Requeue(int unitId)
    {
        if (Phase == SweepPhase.Running && !_done[unitId] && unitId < NextFresh)
            _requeued.Add(unitId);
    }

    private void Stop()
    {
        _inFlight.Clear();
        RecoveredInFlight = 0;
        _requeued.Clear();
    }
}

/// <summary>A unit on a worker: which attempt, and the lease its worker's heartbeats renew up to a limit (neither persisted: times restart with the coordinator).</summary>
/// <param name="Recovered">Dispatched by an earlier incarnation of the coordinator: released if its worker reports without it.</param>
public sealed record InFlightUnit(int UnitId, string Worker, int Attempt, DateTime LeaseUntil, DateTime GiveUpAt, bool Recovered = false);
