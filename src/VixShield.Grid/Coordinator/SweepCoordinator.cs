using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using VixShield.Grid.Worker;
using VixShield.Sweeps;
using VixShield.Sweeps.Planning;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// The event-sourced coordinator: accepts sweeps, hands queued units to workers that ask (never more than asked),
/// records results once per unit, re-dispatches units of lost or silent workers, and fails a sweep when a unit runs out
/// of attempts. All decisions are <see cref="CoordinatorState"/>'s; this actor persists them and talks to workers.
/// </summary>
/// <remarks>
/// Events are applied when decided and written with <c>PersistAllAsync</c>, so commands keep flowing while a write is
/// in flight and the journal gets them in batches (the persistence layer groups everything persisted during one write).
/// Replies and status answers wait behind the writes they reflect (<see cref="WriteBarrier"/>); grants alone go out at
/// once (see <c>RequestWork</c>). How far the state may run ahead of the journal is bounded (<see cref="JournalLag"/>):
/// past the limit, results and requests for work wait until writes make room. A failed write stops the actor (its
/// supervisor restarts it from the journal), so the state never runs ahead of the journal for long.
/// </remarks>
public sealed class SweepCoordinator : ReceivePersistentActor, IWithTimers
{
    private sealed record CheckLeases
    {
        public static CheckLeases Instance { get; } = new();
    }

    /// <summary>Writes made room: take what waits in <see cref="JournalLag"/>.</summary>
    private sealed record TakeHeld
    {
        public static TakeHeld Instance { get; } = new();
    }

    private readonly CoordinatorSettings _settings;
    private readonly CoordinatorState _state;

    /// <summary>The state as written: events are applied here only once the journal has them, so a snapshot of it is exact at its sequence number.</summary>
    private readonly CoordinatorState _written;
    private readonly SlotRate _rate;
    private readonly HashSet<IActorRef> _workers = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Address _selfAddress;
    private readonly WriteBarrier _barrier = new();
    private readonly JournalLag _lag;
    private int _eventsSinceSnapshot;
    private bool _takeHeldSent;

    public SweepCoordinator(CoordinatorSettings settings)
    {
        _settings = settings;
        _state = new CoordinatorState(settings.Lease, settings.UnitTimeLimit);
        _written = new CoordinatorState(settings.Lease, settings.UnitTimeLimit);
        _rate = new SlotRate(settings.InitialSetsPerSecond);
        _lag = new JournalLag(settings.MaxUnwrittenResults);
        _selfAddress = ((ExtendedActorSystem)Context.System).Provider.DefaultAddress;

        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is CoordinatorSnapshot snapshot)
            {
                _state.Restore(snapshot);
                _written.Restore(snapshot);
            }
        });
        Recover<ICoordinatorEvent>(e =>
        {
            _state.Apply(e);
            _written.Apply(e);
        });
        Recover<RecoveryCompleted>(_ =>
        {
            _state.MarkRecovered();
            Timers!.StartPeriodicTimer("leases", CheckLeases.Instance, settings.CheckInterval);
            int inFlight = _state.Sweeps.Sum(s => s.InFlight.Count);
            _log.Info("Coordinator recovered {SweepCount} sweep(s) to sequence number {SequenceNr}; {InFlight} unit(s) in flight wait for their workers' heartbeats",
                _state.Sweeps.Count, LastSequenceNr, inFlight);
        });

        Command<SubmitSweep>(Submit);
        Command<RequestWork>(request =>
        {
            // A heartbeat alone never waits: it keeps leases alive and writes nothing large.
            if (request.Capacity > 0 && _lag.MustWait)
                _lag.Hold(request, Sender);
            else
                RequestWork(request, Sender);
        });
        Command<UnitResults>(results =>
        {
            if (_lag.MustWait)
                _lag.Hold(results, Sender);
            else
                TakeResults(results, Sender);
        });
        Command<TakeHeld>(_ =>
        {
            _takeHeldSent = false;
            while (_lag.TryRelease(out var held))
            {
                if (held.Message is UnitResults results)
                    TakeResults(results, held.Sender);
                else
                    RequestWork((RequestWork)held.Message, held.Sender);
            }
        });
        Command<UnitRunFailed>(f => Record(_state.Fail(f.SweepId, f.UnitId, f.Error, PathOf(Sender))));
        Command<UnitDeclined>(d => Record(_state.Decline(d.SweepId, d.UnitId, PathOf(Sender))));
        Command<WorkerLeaving>(leaving =>
        {
            var worker = Sender;
            string path = PathOf(worker);
            // Unwatched first: its stop is a departure, not a loss, and must not fail the units it hands back.
            if (_workers.Remove(worker))
                Context.Unwatch(worker);
            var released = leaving.Units.SelectMany(u => _state.Decline(u.SweepId, u.UnitId, path)).ToArray();
            _log.Info("Worker {Worker} leaves; {Units} unit(s) go back to the queue", path, released.Length);
            Record(released, () => worker.Tell(WorkerLeft.Instance));
        });
        Command<Terminated>(t =>
        {
            _workers.Remove(t.ActorRef);
            var lost = _state.WorkerLost(PathOf(t.ActorRef));
            _log.Warning("Worker {Worker} left the cluster; {Units} unit(s) go back to the queue", PathOf(t.ActorRef), lost.OfType<UnitFailed>().Count());
            Record(lost);
        });
        Command<CheckLeases>(_ => Record(_state.Expire()));
        Command<CancelSweep>(c =>
        {
            var replyTo = Sender;
            Record(_state.Cancel(c.SweepId), () => replyTo.Tell(_state.StatusOf(c.SweepId)));
        });
        Command<GetSweepStatus>(g => ReplyAfterWrites(_state.StatusOf(g.SweepId)));
        Command<GetSweepSource>(g => ReplyAfterWrites(_state.Find(g.SweepId) is { } s
            ? new SweepSource(s.Id, s.Accepted.SourcePath, s.Accepted.SourceText)
            : new SweepSource(g.SweepId, "", "")));
        Command<ListSweeps>(_ => ReplyAfterWrites(new SweepList(_state.Sweeps.Select(s => s.Status()).ToArray())));
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "Snapshot failed; recovery replays more events"));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => _log.Warning(f.Cause, "Old snapshots not deleted"));
    }

    public override string PersistenceId => _settings.PersistenceId;

    public ITimerScheduler? Timers { get; set; }

    public static Props Props(CoordinatorSettings settings) => Akka.Actor.Props.Create(() => new SweepCoordinator(settings));

    /// <summary>A rejected event (one the journal refused to store) would leave the state ahead of the journal: restart and recover instead.</summary>
    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        base.OnPersistRejected(cause, @event, sequenceNr);
        throw new InvalidOperationException($"the journal rejected event {sequenceNr} ({@event.GetType().Name}); restarting from the journal", cause);
    }

    /// <summary>Messages that waited for the journal go back to the mailbox, so that the restarted coordinator still sees them.</summary>
    protected override void PreRestart(Exception reason, object message)
    {
        foreach (var (held, sender) in _lag.DrainAll())
            Self.Tell(held, sender);
        base.PreRestart(reason, message);
    }

    private void TakeResults(UnitResults results, IActorRef worker)
    {
        _rate.Observe(results.Results.Count, results.ComputeSeconds);
        Record(_state.Complete(results.SweepId, results.UnitId, results.Results, PathOf(worker)));
    }

    private void RequestWork(RequestWork request, IActorRef worker)
    {
        string path = PathOf(worker);
        if (_workers.Add(worker))
        {
            Context.Watch(worker);
            _log.Info("Worker {Worker} joined", path);
        }

        Record(_state.Heartbeat(path, request.Holding ?? []));
        if (request.Capacity <= 0)
            return;
        var grants = _state.Dispatch(path, request.Capacity);
        if (grants.Count == 0)
        {
            worker.Tell(WorkGranted.None);
            return;
        }

        Record(grants);
        // The one reply that does not wait for its write: a worker would otherwise idle for a journal round trip per
        // unit (8% of the embedded grid's throughput on SQLite). Safe, because a grant the journal never saw only means
        // that after a crash the unit is queued again and may be computed twice; results are the same bits, the first
        // is kept, and a result is accepted from whichever worker sends it.
        worker.Tell(new WorkGranted(grants.SelectMany(g => g.Units.Select(u => Assignment(g.SweepId, u.UnitId))).ToArray()));
    }

    private void Submit(SubmitSweep submit)
    {
        var replyTo = Sender;
        if (_state.Find(submit.SweepId) is { } known)
        {
            // A resubmission resumes: units held by workers of an earlier incarnation go back to the queue now rather
            // than when their leases run out.
            long setsDone = known.SetsDone;
            Record(_state.ReleaseRecovered(known.Id), () => replyTo.Tell(new SweepSubmitted(known.Id, known.Plan.TotalSets, known.Plan.Count, AlreadyKnown: true, setsDone)));
            return;
        }

        SweepAccepted accepted;
        try
        {
            if (submit.UnitSize < 0)
                throw new ArgumentOutOfRangeException(nameof(submit.UnitSize), submit.UnitSize, "unit size must be at least 1 (or 0: sized by the coordinator)");
            var sweep = SweepFile.Parse(submit.SourceText, submit.SourcePath);
            long unitSize = submit.UnitSize > 0 ? submit.UnitSize : _settings.UnitSizeFor(sweep.Grid.Count, _rate.SetsPerSecond);
            _ = new WorkUnitPlan(sweep.Grid.Count, unitSize);
            accepted = new SweepAccepted(submit.SweepId, sweep.SourcePath, submit.SourceText, sweep.Grid.Count, unitSize, _settings.MaxAttempts, sweep.Name, DateTime.UtcNow);
        }
        catch (Exception e) when (e is SweepException or ArgumentException)
        {
            replyTo.Tell(new SweepRejected(submit.SweepId, e.Message));
            return;
        }

        Record(_state.Accept(accepted), () =>
        {
            var ledger = _state.Find(accepted.SweepId)!;
            _log.Info("Sweep {SweepId} accepted: {TotalSets} sets in {Units} units of {UnitSize}", accepted.SweepId, accepted.TotalSets, ledger.Plan.Count, accepted.UnitSize);
            replyTo.Tell(new SweepSubmitted(accepted.SweepId, ledger.Plan.TotalSets, ledger.Plan.Count));
        });
    }

    /// <summary>
    /// Applies the events now (so the next command sees them) and writes them; once every event applied so far is
    /// written, runs <paramref name="afterWrite"/> and tells idle workers about new work. With no events,
    /// <paramref name="afterWrite"/> still waits for earlier writes, so a reply never runs ahead of the journal.
    /// </summary>
    private void Record(IReadOnlyList<ICoordinatorEvent> events, Action? afterWrite = null)
    {
        if (events.Count == 0)
        {
            if (afterWrite is not null)
                _barrier.AfterWrites(afterWrite);
            return;
        }

        bool queuedBefore = _state.HasQueuedWork;
        foreach (var e in events)
        {
            _state.Apply(e);
            if (e is UnitCompleted applied)
                _lag.Applied(applied.Results.Count);
        }

        _barrier.Applied(events.Count);
        if (afterWrite is not null)
            _barrier.AfterWrites(afterWrite);
        if (!queuedBefore && _state.HasQueuedWork)
        {
            _barrier.AfterWrites(() =>
            {
                foreach (var worker in _workers)
                    worker.Tell(WorkAvailable.Instance);
            });
        }

        PersistAllAsync(events, e =>
        {
            _written.Apply(e);
            if (e is UnitCompleted written)
            {
                _lag.Written(written.Results.Count);
                if (_lag.CanRelease && !_takeHeldSent)
                {
                    _takeHeldSent = true;
                    Self.Tell(TakeHeld.Instance);
                }
            }

            if (e is SweepFinished finished)
                _log.Info("Sweep {SweepId} ended {Outcome}{Error}", e.SweepId, finished.Outcome, finished.Error is { } error ? $": {error}" : "");
            else if (e is SweepCancelled)
                _log.Info("Sweep {SweepId} cancelled", e.SweepId);
            else if (e is UnitFailed failed)
                _log.Warning("Unit {UnitId} of sweep {SweepId} failed attempt {Attempt}: {Error}", failed.UnitId, e.SweepId, failed.Attempt, failed.Error);
            else if (e is UnitsDispatched dispatched && _log.IsDebugEnabled)
                _log.Debug("Units {UnitIds} of sweep {SweepId} dispatched to {Worker}", dispatched.Units.Select(u => u.UnitId), e.SweepId, dispatched.Worker);
            if (++_eventsSinceSnapshot >= _settings.SnapshotEvery)
            {
                _eventsSinceSnapshot = 0;
                SaveSnapshot(_written.ToSnapshot());
            }

            _barrier.Written();
        });
    }

    /// <summary>Answers with what the state says now, once the events behind it are written.</summary>
    private void ReplyAfterWrites(object answer)
    {
        var replyTo = Sender;
        _barrier.AfterWrites(() => replyTo.Tell(answer));
    }

    private WorkAssignment Assignment(string sweepId, int unitId)
    {
        var sweep = _state.Find(sweepId)!;
        var unit = sweep.Plan[unitId];
        return new WorkAssignment(sweepId, sweep.Accepted.SourcePath, sweep.Accepted.SourceText, unitId, unit.FirstIndex, unit.Count);
    }

    /// <summary>A worker's path with its node's address (local workers too), so that workers on different nodes never share a name.</summary>
    private string PathOf(IActorRef actor) => actor.Path.ToStringWithAddress(_selfAddress);
}
