using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Event;
using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Worker;

/// <summary>
/// Pulls work: asks the coordinator for as many units as it has free slots, runs each unit's sets off the actor thread
/// against the node's shared <see cref="TapeCache"/>, and sends back <see cref="UnitResults"/> (or <see cref="UnitRunFailed"/>).
/// Asks again when a unit ends, when told <see cref="WorkAvailable"/>, and on a slow poll.
/// </summary>
public sealed class SweepWorker : ReceiveActor, IWithTimers
{
    private sealed record UnitDone(IGridMessage Report);

    private sealed record Poll
    {
        public static Poll Instance { get; } = new();
    }

    private readonly IActorRef _coordinator;
    private readonly TapeCache _tapes;
    private readonly int _slots;
    private readonly ConcurrentDictionary<string, Lazy<Task<SweepRun>>> _runs;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly TimeSpan _pollInterval;
    private int _running;
    private int _requested;
    private DateTime _askedAt;

    public SweepWorker(IActorRef coordinator, TapeCache tapes, int slots, TimeSpan pollInterval)
    {
        _coordinator = coordinator;
        _tapes = tapes;
        _slots = Math.Max(1, slots);
        _runs = new ConcurrentDictionary<string, Lazy<Task<SweepRun>>>(StringComparer.Ordinal);

        Receive<WorkGranted>(granted =>
        {
            _requested = 0;
            foreach (var unit in granted.Units)
                Start(unit);
        });
        Receive<UnitDone>(done =>
        {
            _running--;
            _coordinator.Tell(done.Report);
            AskForWork();
        });
        Receive<WorkAvailable>(_ => AskForWork());
        Receive<Poll>(_ =>
        {
            // An unanswered request older than a poll interval counts as lost.
            if (_requested > 0 && DateTime.UtcNow - _askedAt >= _pollInterval)
                _requested = 0;
            AskForWork();
        });
        _pollInterval = pollInterval;
    }

    public ITimerScheduler? Timers { get; set; }

    /// <summary>Props of a worker with <paramref name="slots"/> units at a time.</summary>
    public static Props Props(IActorRef coordinator, TapeCache tapes, int slots, TimeSpan? pollInterval = null) =>
        Akka.Actor.Props.Create(() => new SweepWorker(coordinator, tapes, slots, pollInterval ?? TimeSpan.FromSeconds(1)));

    protected override void PreStart()
    {
        Timers!.StartPeriodicTimer("poll", Poll.Instance, _pollInterval);
        AskForWork();
    }

    /// <summary>Asks for the free slots not already asked for, so that a worker does not take more units than it has slots.</summary>
    private void AskForWork()
    {
        int free = _slots - _running - _requested;
        if (free <= 0)
            return;
        _requested += free;
        _askedAt = DateTime.UtcNow;
        _coordinator.Tell(new RequestWork(free));
    }

    private void Start(WorkAssignment unit)
    {
        _running++;
        var self = Self;
        var log = _log;
        var run = _runs.GetOrAdd(unit.SweepId, _ => new Lazy<Task<SweepRun>>(() => SweepRun.PrepareAsync(unit.SourcePath, unit.SourceText, _tapes)));
        Task.Run(async () =>
        {
            try
            {
                var prepared = await run.Value.ConfigureAwait(false);
                return (IGridMessage)new UnitResults(unit.SweepId, unit.UnitId, prepared.RunRange(unit.FirstIndex, unit.Count));
            }
            catch (Exception e)
            {
                log.Warning(e, "Unit {0} of sweep {1} failed", unit.UnitId, unit.SweepId);
                _runs.TryRemove(new KeyValuePair<string, Lazy<Task<SweepRun>>>(unit.SweepId, run));
                return new UnitRunFailed(unit.SweepId, unit.UnitId, $"{e.GetType().Name}: {e.Message}");
            }
        }).PipeTo(self, success: report => new UnitDone(report));
    }
}
