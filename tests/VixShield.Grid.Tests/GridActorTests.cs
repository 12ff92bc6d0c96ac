using Akka.Actor;
using Akka.Configuration;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Results;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

namespace VixShield.Grid.Tests;

/// <summary>A coordinator with a real SQLite journal and workers in one process, running the dataset fixture's sweep.</summary>
public sealed class GridActorTests(GridDataset dataset)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static ActorSystem NewSystem(string databasePath) =>
        ActorSystem.Create("grid", ConfigurationFactory.ParseString("akka.loglevel = WARNING")
            .WithFallback(GridConfig.SqlitePersistence(databasePath)));

    private SubmitSweep Submit(string id, long unitSize) => new(id, dataset.SweepPath, dataset.SweepText, unitSize);

    private static async Task<SweepStatus> WaitAsync(IActorRef coordinator, string sweepId, Func<SweepStatus, bool> until)
    {
        using var timeout = new CancellationTokenSource(Bound);
        while (true)
        {
            var status = await coordinator.Ask<SweepStatus>(new GetSweepStatus(sweepId), TimeSpan.FromSeconds(5));
            if (until(status))
                return status;
            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task Two_workers_run_a_sweep_to_the_same_bits_as_direct_backtests()
    {
        var expected = await dataset.DirectResultsAsync();
        Assert.Equal(8, expected.Length);
        Assert.Equal(2, expected.Count(r => r.Error is not null));
        Assert.Contains(expected, r => r.Metrics is { Trades: > 0 });

        var system = NewSystem(Path.Combine(dataset.NewFolder(), "journal.db"));
        try
        {
            var coordinator = system.ActorOf(SweepCoordinator.Props(new CoordinatorSettings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), SnapshotEvery: 4)), "coordinator");
            var submitted = await coordinator.Ask<SweepSubmitted>(Submit("s1", 3), Bound);
            Assert.Equal((8L, 3, false), (submitted.TotalSets, submitted.Units, submitted.AlreadyKnown));
            var tapes = new TapeCache();
            system.ActorOf(SweepWorker.Props(coordinator, tapes, slots: 1), "worker-1");
            system.ActorOf(SweepWorker.Props(coordinator, tapes, slots: 2), "worker-2");

            var status = await WaitAsync(coordinator, "s1", s => s.Phase != SweepPhase.Running);
            Assert.Equal(SweepPhase.Completed, status.Phase);
            Assert.Equal(1, tapes.Count);
            Bits.AssertSame(expected, await SweepResultsQuery.ReadAsync(system, "s1"));
        }
        finally
        {
            await system.Terminate().WaitAsync(Bound);
        }
    }

    [Fact]
    public async Task A_restarted_coordinator_recovers_from_the_journal_and_finishes_with_every_set_once()
    {
        var expected = await dataset.DirectResultsAsync();
        string database = Path.Combine(dataset.NewFolder(), "journal.db");
        // A short lease: units in flight when the first system dies are dispatched again soon after recovery.
        var settings = new CoordinatorSettings(TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(1), SnapshotEvery: 3);

        var first = NewSystem(database);
        try
        {
            var coordinator = first.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            await coordinator.Ask<SweepSubmitted>(Submit("s2", 1), Bound);
            // Takes 4 units, answers 3 of them and holds the 4th when the whole system stops.
            var run = await SweepRun.PrepareAsync(dataset.SweepPath, dataset.SweepText, new TapeCache());
            first.ActorOf(Props.Create(() => new PartialWorker(coordinator, run, 4, 3)), "partial");
            var before = await WaitAsync(coordinator, "s2", s => s.UnitsDone == 3 && s.UnitsInFlight == 1);
            Assert.Equal(SweepPhase.Running, before.Phase);
        }
        finally
        {
            await first.Terminate().WaitAsync(Bound);
        }

        var second = NewSystem(database);
        try
        {
            var coordinator = second.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            var recovered = await coordinator.Ask<SweepStatus>(new GetSweepStatus("s2"), Bound);
            Assert.Equal(SweepPhase.Running, recovered.Phase);
            Assert.Equal((3, 1), (recovered.UnitsDone, recovered.UnitsInFlight));
            Assert.Equal([0L, 1, 2], (await SweepResultsQuery.ReadAsync(second, "s2")).Select(r => r.Index));

            // Submitting again is harmless: the sweep is known.
            var again = await coordinator.Ask<SweepSubmitted>(Submit("s2", 1), Bound);
            Assert.Equal((8L, true), (again.TotalSets, again.AlreadyKnown));
            var tapes = new TapeCache();
            second.ActorOf(SweepWorker.Props(coordinator, tapes, slots: 1), "worker-a");
            second.ActorOf(SweepWorker.Props(coordinator, tapes, slots: 1), "worker-b");

            var status = await WaitAsync(coordinator, "s2", s => s.Phase != SweepPhase.Running);
            Assert.Equal(SweepPhase.Completed, status.Phase);
            Bits.AssertSame(expected, await SweepResultsQuery.ReadAsync(second, "s2"));
        }
        finally
        {
            await second.Terminate().WaitAsync(Bound);
        }

        // A third incarnation replays snapshot + journal to the same finished state.
        var third = NewSystem(database);
        try
        {
            var coordinator = third.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            var replayed = await coordinator.Ask<SweepStatus>(new GetSweepStatus("s2"), Bound);
            Assert.Equal(SweepPhase.Completed, replayed.Phase);
            Assert.Equal((8L, 8), (replayed.SetsDone, replayed.UnitsDone));
            Bits.AssertSame(expected, await SweepResultsQuery.ReadAsync(third, "s2"));
        }
        finally
        {
            await third.Terminate().WaitAsync(Bound);
        }
    }

    [Fact]
    public async Task A_worker_that_stops_mid_unit_has_its_unit_dispatched_again()
    {
        var expected = await dataset.DirectResultsAsync();
        var system = NewSystem(Path.Combine(dataset.NewFolder(), "journal.db"));
        try
        {
            var coordinator = system.ActorOf(SweepCoordinator.Props(CoordinatorSettings.Default), "coordinator");
            await coordinator.Ask<SweepSubmitted>(Submit("s3", 2), Bound);
            // This "worker" takes a unit and dies without answering; Terminated must put its unit back in the queue.
            var grabbed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            system.ActorOf(Props.Create(() => new GrabAndDie(coordinator, grabbed)), "grabber");
            await grabbed.Task.WaitAsync(Bound);
            system.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 2), "worker-1");

            var status = await WaitAsync(coordinator, "s3", s => s.Phase != SweepPhase.Running);
            Assert.Equal(SweepPhase.Completed, status.Phase);
            Bits.AssertSame(expected, await SweepResultsQuery.ReadAsync(system, "s3"));
        }
        finally
        {
            await system.Terminate().WaitAsync(Bound);
        }
    }

    [Fact]
    public async Task A_sweep_whose_data_is_missing_fails_after_bounded_attempts()
    {
        var system = NewSystem(Path.Combine(dataset.NewFolder(), "journal.db"));
        try
        {
            var coordinator = system.ActorOf(SweepCoordinator.Props(new CoordinatorSettings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), MaxAttempts: 2)), "coordinator");
            string text = dataset.SweepText.Replace("data: data", "data: nowhere");
            await coordinator.Ask<SweepSubmitted>(new SubmitSweep("s4", dataset.SweepPath, text, 4), Bound);
            system.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 1, TimeSpan.FromMilliseconds(50)), "worker-1");

            var status = await WaitAsync(coordinator, "s4", s => s.Phase != SweepPhase.Running);
            Assert.Equal(SweepPhase.Failed, status.Phase);
            Assert.Contains("failed 2 times", status.Error);
            Assert.Contains("nowhere", status.Error);
        }
        finally
        {
            await system.Terminate().WaitAsync(Bound);
        }
    }

    [Fact]
    public async Task An_invalid_sweep_file_is_rejected()
    {
        var system = NewSystem(Path.Combine(dataset.NewFolder(), "journal.db"));
        try
        {
            var coordinator = system.ActorOf(SweepCoordinator.Props(CoordinatorSettings.Default), "coordinator");
            var rejected = await coordinator.Ask<SweepRejected>(new SubmitSweep("bad", dataset.SweepPath, "name: x\n", 1), Bound);
            Assert.Contains("data", rejected.Reason);
            Assert.Equal(SweepPhase.Unknown, (await coordinator.Ask<SweepStatus>(new GetSweepStatus("bad"), Bound)).Phase);
        }
        finally
        {
            await system.Terminate().WaitAsync(Bound);
        }
    }

    /// <summary>Asks for one unit, then stops itself on receiving it.</summary>
    private sealed class GrabAndDie : ReceiveActor
    {
        public GrabAndDie(IActorRef coordinator, TaskCompletionSource grabbed)
        {
            Receive<WorkGranted>(g =>
            {
                if (g.Units.Count > 0)
                {
                    Context.Stop(Self);
                    grabbed.TrySetResult();
                }
                else
                    Context.System.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(20), coordinator, new RequestWork(1), Self);
            });
            coordinator.Tell(new RequestWork(1));
        }
    }

    /// <summary>Asks once for <c>take</c> units and answers only the first <c>answer</c> of them, computed with <see cref="SweepRun"/>.</summary>
    private sealed class PartialWorker : ReceiveActor
    {
        public PartialWorker(IActorRef coordinator, SweepRun run, int take, int answer)
        {
            Receive<WorkGranted>(g =>
            {
                foreach (var unit in g.Units.Take(answer))
                    coordinator.Tell(new UnitResults(unit.SweepId, unit.UnitId, run.RunRange(unit.FirstIndex, unit.Count)));
            });
            coordinator.Tell(new RequestWork(take));
        }
    }
}
