using Akka.Actor;
using Akka.Configuration;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Results;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Tests;

/// <summary>Resubmitting a known sweep after a restart resumes it: units held by workers of the earlier incarnation go back to the queue at once.</summary>
public sealed class ResumeTests(GridDataset dataset)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void Release_requeues_recovered_units_without_counting_a_failure()
    {
        var state = new CoordinatorState(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30));
        foreach (var e in state.Accept(new SweepAccepted("s", "/s.yaml", "t", 10, 2, 3)))
            state.Apply(e);
        var dispatched = state.Dispatch("old-worker", 2);
        foreach (var e in dispatched)
            state.Apply(e);
        Assert.Empty(state.ReleaseRecovered("s")); // live units of this incarnation are never released this way
        state.MarkRecovered();

        var released = state.ReleaseRecovered("s");
        foreach (var e in released)
            state.Apply(e);

        Assert.Equal([new UnitReleased("s", 0, 1), new UnitReleased("s", 1, 1)], released.Cast<UnitReleased>());
        var sweep = state.Find("s")!;
        Assert.Empty(sweep.InFlight);
        Assert.Equal([0, 1], sweep.Requeued);
        Assert.Equal(0, sweep.FailuresOf(0));
        Assert.Empty(state.ReleaseRecovered("s")); // no longer in flight: nothing to release
        Assert.Equal(1, state.Dispatch("new-worker", 1).Single().Units.Single().Attempt);
    }

    [Fact]
    public async Task A_resubmitted_sweep_does_not_wait_for_the_lease_of_units_lost_in_a_restart()
    {
        var expected = await dataset.DirectResultsAsync();
        string database = Path.Combine(dataset.NewFolder(), "journal.db");
        var settings = new CoordinatorSettings(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30));
        var submit = new SubmitSweep("r1", dataset.SweepPath, dataset.SweepText, 2);

        var first = NewSystem(database);
        try
        {
            var coordinator = first.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            await coordinator.Ask<SweepSubmitted>(submit, Bound);
            coordinator.Tell(new RequestWork(2)); // units 0 and 1 go to a sender that never answers
            var held = await Until(coordinator, s => s.UnitsInFlight == 2);
            Assert.Equal(0, held.UnitsDone);
        }
        finally
        {
            await first.Terminate().WaitAsync(Bound);
        }

        var second = NewSystem(database);
        try
        {
            var coordinator = second.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            await coordinator.Ask<SweepSubmitted>(submit, Bound);
            second.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 2), "worker-1");

            var status = await Until(coordinator, s => s.Phase != SweepPhase.Running);
            Assert.Equal(SweepPhase.Completed, status.Phase);
            Bits.AssertSame(expected, await SweepResultsQuery.ReadAsync(second, "r1"));
        }
        finally
        {
            await second.Terminate().WaitAsync(Bound);
        }
    }

    private static ActorSystem NewSystem(string databasePath) =>
        ActorSystem.Create("grid", ConfigurationFactory.ParseString("akka.loglevel = WARNING").WithFallback(GridConfig.SqlitePersistence(databasePath)));

    private static async Task<SweepStatus> Until(IActorRef coordinator, Func<SweepStatus, bool> done)
    {
        using var timeout = new CancellationTokenSource(Bound);
        while (true)
        {
            var status = await coordinator.Ask<SweepStatus>(new GetSweepStatus("r1"), TimeSpan.FromSeconds(5));
            if (done(status))
                return status;
            await Task.Delay(20, timeout.Token);
        }
    }
}
