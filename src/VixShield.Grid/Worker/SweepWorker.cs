using System.Collections.Concurrent;
using System.Diagnostics;
using Akka.Actor;
using Akka.Event;
using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Worker;

/// <summary>
/// Pulls work for one node: asks the coordinator for as many units as it has free slots, runs each unit's sets off the
/// actor thread against the node's shared <see cref="TapeCache"/>, and sends back <see cref="UnitResults"/> (or
/// <see cref="UnitRunFailed"/>). Every poll is also a heartbeat listing the units it runs, which keeps their leases.
/// A grant beyond its free slots (a duplicate request answered twice) is handed back at once.
/// </summary>
public sealed class SweepWorker : ReceiveActor, IWithTimers
{
    private sealed record UnitDone(HeldUnit Unit, IGridMessage Report);

    private sealed record Poll
    {
        public static Poll Instance { get; } = new();
    }

    private readonly IActorRef _coordinator;
    private readonly TapeCache _tapes;
    private readonly int _slots;
    private readonly TimeSpan _pollInterval;
    private readonly ConcurrentDictionary<string, Lazy<Task<SweepRun>>> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<HeldUnit, CancellationTokenSource> _running = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private int _requested;
    private DateTime _askedAt;

    public SweepWorker(IActorRef coordinator, TapeCache tapes, int slots, TimeSpan pollInterval)
    {
        _coordinator = coordinator;
        _tapes = tapes;
        _slots = Math.Max(1, slots);
        _pollInterval = pollInterval;

        Receive<WorkGranted>(Granted);
        Receive<UnitDone>(done =>
        {
            if (_running.Remove(done.Unit, out var cancel))
                cancel.Dispose();
            _coordinator.Tell(done.Report);
            AskForWork();
        });
        // A statement body: AskForWork returns a bool, and a Func<T, bool> handler would mean "unhandled" on false.
        Receive<WorkAvailable>(_ => { AskForWork(); });
        Receive<LeaveGrid>(_ => Leave(Sender));
        Receive<Poll>(_ =>
        {
            // An unanswered request older than a poll interval counts as lost (the coordinator may have moved).
            if (_requested > 0 && DateTime.UtcNow - _askedAt >= _pollInterval)
                _requested = 0;
            if (!AskForWork())
                _coordinator.Tell(new RequestWork(0, Holding()));
        });
    }

    public ITimerScheduler? Timers { get; set; }

    /// <summary>Props of a worker running <paramref name="slots"/> units at a time (usually one per core).</summary>
    public static Props Props(IActorRef coordinator, TapeCache tapes, int slots, TimeSpan? pollInterval = null) =>
        Akka.Actor.Props.Create(() => new SweepWorker(coordinator, tapes, slots, pollInterval ?? TimeSpan.FromSeconds(1)));

    protected override void PreStart()
    {
        Timers!.StartPeriodicTimer("poll", Poll.Instance, _pollInterval);
        AskForWork();
    }

    /// <summary>
    /// Leaving the grid: stop running, tell the coordinator which units come back, wait (bounded) for it to take them,
    /// then stop. Grants that arrive meanwhile are declined.
    /// </summary>
    private void Leave(IActorRef asker)
    {
        var units = Holding();
        foreach (var cancel in _running.Values)
            cancel.Cancel();
        _running.Clear();
        Timers!.CancelAll();
        _coordinator.Tell(new WorkerLeaving(units));
        Timers.StartSingleTimer("leave-timeout", WorkerLeft.Instance, TimeSpan.FromSeconds(5));
        Become(() =>
        {
            Receive<WorkGranted>(granted =>
            {
                foreach (var unit in granted.Units)
                    _coordinator.Tell(new UnitDeclined(unit.SweepId, unit.UnitId));
            });
            Receive<WorkerLeft>(_ =>
            {
                asker.Tell(WorkerStopped.Instance);
                Context.Stop(Self);
            });
            ReceiveAny(_ => { });
        });
    }

    /// <summary>Stopping without leaving first (the actor system ends): hand any running units back, best effort.</summary>
    protected override void PostStop()
    {
        foreach (var (unit, cancel) in _running)
        {
            cancel.Cancel();
            _coordinator.Tell(new UnitDeclined(unit.SweepId, unit.UnitId));
        }

        _running.Clear();
    }

    private void Granted(WorkGranted granted)
    {
        _requested = 0;
        foreach (var unit in granted.Units)
        {
            if (_running.Count < _slots)
                Start(unit);
            else
                _coordinator.Tell(new UnitDeclined(unit.SweepId, unit.UnitId));
        }

        // Ask again only after a grant that had work: an empty one means there is none until WorkAvailable or a poll.
        if (granted.Units.Count > 0)
            AskForWork();
    }

    /// <summary>Asks for the free slots not already asked for; false when there are none.</summary>
    private bool AskForWork()
    {
        int free = _slots - _running.Count - _requested;
        if (free <= 0)
            return false;
        _requested += free;
        _askedAt = DateTime.UtcNow;
        _coordinator.Tell(new RequestWork(free, Holding()));
        return true;
    }

    private HeldUnit[] Holding() => _running.Keys.ToArray();

    private void Start(WorkAssignment unit)
    {
        var held = new HeldUnit(unit.SweepId, unit.UnitId);
        if (_running.ContainsKey(held))
            return;
        var cancel = new CancellationTokenSource();
        _running.Add(held, cancel);
        var log = _log;
        var token = cancel.Token;
        var run = _runs.GetOrAdd(unit.SweepId, _ => new Lazy<Task<SweepRun>>(() => SweepRun.PrepareAsync(unit.SourcePath, unit.SourceText, _tapes)));
        // A dedicated thread per unit (LongRunning): the engine would otherwise hold the thread pool that the actor
        // system, remoting and cluster heartbeats share, and a busy node would look unreachable.
        Task.Factory.StartNew(async () =>
        {
            try
            {
                var prepared = await run.Value.ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                var results = prepared.RunRange(unit.FirstIndex, unit.Count, token);
                return (IGridMessage)new UnitResults(unit.SweepId, unit.UnitId, results, clock.Elapsed.TotalSeconds);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return new UnitDeclined(unit.SweepId, unit.UnitId);
            }
            catch (Exception e)
            {
                log.Warning(e, "Unit {UnitId} of sweep {SweepId} failed", unit.UnitId, unit.SweepId);
                _runs.TryRemove(new KeyValuePair<string, Lazy<Task<SweepRun>>>(unit.SweepId, run));
                return new UnitRunFailed(unit.SweepId, unit.UnitId, $"{e.GetType().Name}: {e.Message}");
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap().PipeTo(Self, success: report => new UnitDone(held, report));
    }
}
