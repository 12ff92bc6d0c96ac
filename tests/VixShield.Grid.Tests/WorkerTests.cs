using Akka.Actor;
using Akka.Event;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Tests;

/// <summary>The worker actor's own bookkeeping, against a coordinator stand-in that only records what it is told.</summary>
public sealed class WorkerTests : IAsyncDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create("worker-tests", "akka.loglevel = WARNING");

    [Fact]
    public async Task Work_available_while_every_slot_is_asked_for_is_handled_not_dropped()
    {
        var unhandled = new List<object>();
        var listener = _system.ActorOf(Props.Create(() => new Recorder(unhandled)));
        _system.EventStream.Subscribe(listener, typeof(UnhandledMessage));
        var told = new List<object>();
        var coordinator = _system.ActorOf(Props.Create(() => new Recorder(told)));

        // One slot, already asked for at start (the stand-in never answers): WorkAvailable finds nothing free.
        var worker = _system.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 1, TimeSpan.FromMinutes(1)));
        worker.Tell(WorkAvailable.Instance);
        worker.Tell(WorkAvailable.Instance);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        lock (unhandled)
            Assert.Empty(unhandled);
        lock (told)
            Assert.Equal(1, told.OfType<RequestWork>().Count(r => r.Capacity > 0)); // never more than its one slot asked for
    }

    [Fact]
    public async Task A_grant_beyond_the_free_slots_is_declined_at_once()
    {
        var told = new List<object>();
        var coordinator = _system.ActorOf(Props.Create(() => new Recorder(told)));
        var worker = _system.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 1, TimeSpan.FromMinutes(1)));
        // Two answers to duplicate requests: two units for one slot. The data folder does not exist, so the unit that
        // starts fails fast; the one without a slot must be handed back, not queued.
        var unit = new WorkAssignment("s", "/nowhere/sweep.yaml", "name: s\ndata: /nowhere\n", 0, 0, 1);
        worker.Tell(new WorkGranted([unit, unit with { UnitId = 1, FirstIndex = 1 }]));
        await Task.Delay(500, TestContext.Current.CancellationToken);

        lock (told)
        {
            Assert.Equal(new UnitDeclined("s", 1), Assert.Single(told.OfType<UnitDeclined>()));
            Assert.Equal(0, Assert.Single(told.OfType<UnitRunFailed>()).UnitId);
        }
    }

    public async ValueTask DisposeAsync() => await _system.Terminate();

    /// <summary>Keeps every message it receives.</summary>
    private sealed class Recorder : ReceiveActor
    {
        public Recorder(List<object> into) => ReceiveAny(m =>
        {
            lock (into)
                into.Add(m);
        });
    }
}
