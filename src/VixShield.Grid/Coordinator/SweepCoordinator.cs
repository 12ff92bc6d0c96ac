using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// The event-sourced coordinator: accepts sweeps, hands queued units to workers that ask (never more than asked),
/// records results once per unit, re-dispatches units of lost or silent workers, and fails a sweep when a unit runs out
/// of attempts. All decisions are <see cref="CoordinatorState"/>'s; this actor persists them and talks to workers.
/// </summary>
public sealed class SweepCoordinator : ReceivePersistentActor, IWithTimers
{
    private sealed record CheckDeadlines
    {
        public static CheckDeadlines Instance { get; } = new();
    }

    private readonly CoordinatorSettings _settings;
    private readonly CoordinatorState _state;
    private readonly HashSet<IActorRef> _workers = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private int _eventsSinceSnapshot;

    /// <summary>Units in flight when recovery ended: their workers belonged to an earlier incarnation; a resubmission releases them.</summary>
    private UnitDispatched[] _recoveredInFlight = [];

    public SweepCoordinator(CoordinatorSettings settings)
    {
        _settings = settings;
        _state = new CoordinatorState(settings.UnitDeadline);

        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is CoordinatorSnapshot snapshot)
                _state.Restore(snapshot);
        });
        Recover<ICoordinatorEvent>(e => _state.Apply(e));
        Recover<RecoveryCompleted>(_ =>
        {
            Timers!.StartPeriodicTimer("deadlines", CheckDeadlines.Instance, settings.CheckInterval);
            _recoveredInFlight = _state.Sweeps.SelectMany(s => s.InFlight.Values.Select(u => new UnitDispatched(s.Id, u.UnitId, u.Worker, u.Attempt))).ToArray();
            _log.Info("Recovered {0} sweep(s); {1} unit(s) in flight get a fresh deadline", _state.Sweeps.Count, _state.Sweeps.Sum(s => s.InFlight.Count));
        });

        Command<SubmitSweep>(Submit);
        Command<RequestWork>(request =>
        {
            var worker = Sender;
            if (_workers.Add(worker))
                Context.Watch(worker);
            var events = _state.Dispatch(Path(worker), Math.Max(0, request.Capacity));
            PersistEvents(events, () =>
            {
                var units = events.Select(d => Assignment(d)).ToArray();
                worker.Tell(new WorkGranted(units));
            });
        });
        Command<UnitResults>(r => PersistEvents(_state.Complete(r.SweepId, r.UnitId, r.Results, Path(Sender))));
        Command<UnitRunFailed>(f => PersistEvents(_state.Fail(f.SweepId, f.UnitId, f.Error, Path(Sender))));
        Command<Terminated>(t =>
        {
            _workers.Remove(t.ActorRef);
            PersistEvents(_state.WorkerLost(Path(t.ActorRef)));
        });
        Command<CheckDeadlines>(_ => PersistEvents(_state.Expire()));
        Command<CancelSweep>(c =>
        {
            var replyTo = Sender;
            PersistEvents(_state.Cancel(c.SweepId), () => replyTo.Tell(_state.StatusOf(c.SweepId)));
        });
        Command<GetSweepStatus>(g => Sender.Tell(_state.StatusOf(g.SweepId)));
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "Snapshot failed; recovery replays more events"));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => _log.Warning(f.Cause, "Old snapshots not deleted"));
    }

    public override string PersistenceId => _settings.PersistenceId;

    public ITimerScheduler? Timers { get; set; }

    public static Props Props(CoordinatorSettings settings) => Akka.Actor.Props.Create(() => new SweepCoordinator(settings));

    private void Submit(SubmitSweep submit)
    {
        var replyTo = Sender;
        if (_state.Find(submit.SweepId) is { } known)
        {
            // A resubmission resumes: units still held by workers of an earlier incarnation go back to the queue now
            // rather than at their deadline.
            var released = _state.Release(known.Id, _recoveredInFlight);
            _recoveredInFlight = _recoveredInFlight.Where(d => d.SweepId != known.Id).ToArray();
            PersistEvents(released, () => replyTo.Tell(new SweepSubmitted(known.Id, known.Plan.TotalSets, known.Plan.Count)));
            return;
        }

        SweepAccepted accepted;
        try
        {
            if (submit.UnitSize < 1)
                throw new ArgumentOutOfRangeException(nameof(submit.UnitSize), submit.UnitSize, "unit size must be at least 1");
            var sweep = SweepFile.Parse(submit.SourceText, submit.SourcePath);
            _ = new Sweeps.Planning.WorkUnitPlan(sweep.Grid.Count, submit.UnitSize);
            accepted = new SweepAccepted(submit.SweepId, sweep.SourcePath, submit.SourceText, sweep.Grid.Count, submit.UnitSize, _settings.MaxAttempts);
        }
        catch (Exception e) when (e is SweepException or ArgumentException)
        {
            replyTo.Tell(new SweepRejected(submit.SweepId, e.Message));
            return;
        }

        PersistEvents(_state.Accept(accepted), () =>
        {
            var ledger = _state.Find(accepted.SweepId)!;
            replyTo.Tell(new SweepSubmitted(accepted.SweepId, ledger.Plan.TotalSets, ledger.Plan.Count));
        });
    }

    /// <summary>Persists the events in order, applying each once written; then runs <paramref name="after"/> (also when there are none).</summary>
    private void PersistEvents(IReadOnlyList<ICoordinatorEvent> events, Action? after = null)
    {
        if (events.Count == 0)
        {
            after?.Invoke();
            return;
        }

        bool queuedBefore = _state.HasQueuedWork;
        int written = 0;
        PersistAll(events, e =>
        {
            _state.Apply(e);
            if (e is SweepFinished or SweepCancelled)
                _log.Info("Sweep {0}: {1}", e.SweepId, e);
            MaybeSnapshot();
            if (++written < events.Count)
                return;
            after?.Invoke();
            if (!queuedBefore && _state.HasQueuedWork)
            {
                foreach (var worker in _workers)
                    worker.Tell(WorkAvailable.Instance);
            }
        });
    }

    private void MaybeSnapshot()
    {
        if (++_eventsSinceSnapshot < _settings.SnapshotEvery)
            return;
        _eventsSinceSnapshot = 0;
        SaveSnapshot(_state.ToSnapshot());
    }

    private WorkAssignment Assignment(UnitDispatched d)
    {
        var sweep = _state.Find(d.SweepId)!;
        var unit = sweep.Plan[d.UnitId];
        return new WorkAssignment(d.SweepId, sweep.Accepted.SourcePath, sweep.Accepted.SourceText, d.UnitId, unit.FirstIndex, unit.Count);
    }

    private static string Path(IActorRef actor) => actor.Path.ToStringWithAddress();
}
