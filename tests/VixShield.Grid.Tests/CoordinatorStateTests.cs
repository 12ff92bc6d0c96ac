using VixShield.Grid.Coordinator;
using VixShield.Sweeps;

namespace VixShield.Grid.Tests;

public sealed class CoordinatorStateTests
{
    private DateTime _now = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private CoordinatorState NewState(long totalSets = 10, long unitSize = 2, int maxAttempts = 3)
    {
        var state = new CoordinatorState(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10), () => _now);
        ApplyAll(state, state.Accept(new SweepAccepted("s1", "/x/sweep.yaml", "name: x", totalSets, unitSize, maxAttempts)));
        return state;
    }

    private static IReadOnlyList<ICoordinatorEvent> ApplyAll(CoordinatorState state, IReadOnlyList<ICoordinatorEvent> events)
    {
        foreach (var e in events)
            state.Apply(e);
        return events;
    }

    /// <summary>The units a grant's events dispatch, one record per unit.</summary>
    private static UnitDispatched[] Granted(IReadOnlyList<ICoordinatorEvent> events) =>
        events.Cast<UnitsDispatched>().SelectMany(g => g.Units.Select(u => new UnitDispatched(g.SweepId, u.UnitId, g.Worker, u.Attempt))).ToArray();

    private static SetResult[] ResultsOf(CoordinatorState state, int unitId)
    {
        var unit = state.Find("s1")!.Plan[unitId];
        return Enumerable.Range(0, (int)unit.Count).Select(i => SetResult.Failed(unit.FirstIndex + i, $"set {unit.FirstIndex + i}")).ToArray();
    }

    [Fact]
    public void Dispatch_never_exceeds_the_requested_capacity()
    {
        var state = NewState(totalSets: 10, unitSize: 2);
        Assert.Empty(ApplyAll(state, state.Dispatch("w1", 0)));
        Assert.Equal([0, 1], Granted(ApplyAll(state, state.Dispatch("w1", 2))).Select(d => d.UnitId));
        Assert.Single(ApplyAll(state, state.Dispatch("w2", 1)));
        Assert.Equal(2, Granted(ApplyAll(state, state.Dispatch("w2", 100))).Length);
        Assert.Empty(state.Dispatch("w3", 5));
        Assert.Equal(5, state.Find("s1")!.InFlight.Count);
    }

    [Fact]
    public void A_lost_workers_units_are_dispatched_again()
    {
        var state = NewState(totalSets: 6, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 2));
        ApplyAll(state, state.Dispatch("w2", 1));
        var failed = ApplyAll(state, state.WorkerLost("w1"));
        Assert.Equal([0, 1], failed.Cast<UnitFailed>().Select(f => f.UnitId));
        var again = Granted(ApplyAll(state, state.Dispatch("w3", 5))).ToArray();
        Assert.Equal([0, 1], again.Select(d => d.UnitId));
        Assert.All(again, d => Assert.Equal(2, d.Attempt));
        Assert.All(state.Find("s1")!.InFlight.Values, u => Assert.NotEqual("w1", u.Worker));
    }

    [Fact]
    public void A_unit_silent_past_its_deadline_is_dispatched_again()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        _now += TimeSpan.FromSeconds(29);
        Assert.Empty(state.Expire());
        _now += TimeSpan.FromSeconds(2);
        Assert.Equal(0, Assert.IsType<UnitFailed>(Assert.Single(ApplyAll(state, state.Expire()))).UnitId);
        Assert.Equal([0, 1], Granted(state.Dispatch("w2", 5)).Select(d => d.UnitId));
    }

    [Fact]
    public void A_duplicate_completion_is_ignored()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        ApplyAll(state, state.WorkerLost("w1"));
        ApplyAll(state, state.Dispatch("w2", 1));
        // The lost worker's late result is first: accepted, and the re-dispatched copy's result is then a duplicate.
        Assert.IsType<UnitCompleted>(Assert.Single(ApplyAll(state, state.Complete("s1", 0, ResultsOf(state, 0), "w1"))));
        Assert.Empty(state.Complete("s1", 0, ResultsOf(state, 0), "w2"));
        Assert.Empty(state.Complete("s1", 0, ResultsOf(state, 0), "w1"));
        Assert.Equal(1, state.Find("s1")!.UnitsDone);
        Assert.Equal(2, state.Find("s1")!.SetsDone);
        Assert.Empty(state.Find("s1")!.InFlight);
        Assert.Equal([1], Granted(state.Dispatch("w3", 5)).Select(d => d.UnitId));
    }

    [Fact]
    public void A_stale_failure_report_from_a_previous_holder_is_ignored()
    {
        var state = NewState(totalSets: 2, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        ApplyAll(state, state.WorkerLost("w1"));
        ApplyAll(state, state.Dispatch("w2", 1));
        Assert.Empty(state.Fail("s1", 0, "boom", "w1"));
        Assert.Equal("w2", state.Find("s1")!.InFlight[0].Worker);
    }

    [Fact]
    public void Retries_are_bounded_then_the_sweep_fails_with_the_error()
    {
        var state = NewState(totalSets: 4, unitSize: 2, maxAttempts: 3);
        for (int attempt = 1; attempt <= 2; attempt++)
        {
            var d = Assert.Single(Granted(ApplyAll(state, state.Dispatch("w", 1))));
            Assert.Equal((0, attempt), (d.UnitId, d.Attempt));
            Assert.Single(ApplyAll(state, state.Fail("s1", 0, "data missing", "w")));
        }

        ApplyAll(state, state.Dispatch("w", 1));
        var last = ApplyAll(state, state.Fail("s1", 0, "data missing", "w"));
        var finished = Assert.IsType<SweepFinished>(last[^1]);
        Assert.Equal(SweepPhase.Failed, finished.Outcome);
        Assert.Contains("data missing", finished.Error);
        Assert.Equal(SweepPhase.Failed, state.Find("s1")!.Phase);
        Assert.Empty(state.Dispatch("w", 5));
        Assert.Empty(state.Complete("s1", 1, ResultsOf(state, 1), "w"));
    }

    [Fact]
    public void The_sweep_finishes_when_every_unit_is_complete_and_results_cover_each_set_once()
    {
        var state = NewState(totalSets: 5, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 2));
        ApplyAll(state, state.Dispatch("w2", 2));
        Assert.Single(ApplyAll(state, state.Complete("s1", 2, ResultsOf(state, 2), "w2")));
        Assert.Single(ApplyAll(state, state.Complete("s1", 0, ResultsOf(state, 0), "w1")));
        var last = ApplyAll(state, state.Complete("s1", 1, ResultsOf(state, 1), "w1"));
        Assert.Equal(SweepPhase.Completed, Assert.IsType<SweepFinished>(last[^1]).Outcome);
        var status = state.StatusOf("s1");
        Assert.Equal(SweepPhase.Completed, status.Phase);
        Assert.Equal((5L, 3, 0), (status.SetsDone, status.UnitsDone, status.UnitsInFlight));
        Assert.Equal(_now, status.FinishedAtUtc);
    }

    [Fact]
    public void A_result_of_the_wrong_shape_fails_the_attempt()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        var events = state.Complete("s1", 0, [SetResult.Failed(0, "x")], "w1");
        Assert.IsType<UnitFailed>(Assert.Single(events));
    }

    [Fact]
    public void Cancel_stops_dispatch_and_ignores_later_results()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        Assert.Single(ApplyAll(state, state.Cancel("s1")));
        Assert.Empty(state.Dispatch("w1", 3));
        Assert.Empty(state.Complete("s1", 0, ResultsOf(state, 0), "w1"));
        Assert.Empty(state.Cancel("s1"));
    }

    [Fact]
    public void An_empty_sweep_finishes_at_once_and_a_second_accept_is_ignored()
    {
        var state = new CoordinatorState(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var accepted = new SweepAccepted("e", "/p", "t", 0, 1, 3);
        Assert.Equal(2, ApplyAll(state, state.Accept(accepted)).Count);
        Assert.Empty(state.Accept(accepted));
        Assert.Equal(SweepPhase.Completed, state.StatusOf("e").Phase);
    }

    [Fact]
    public void A_snapshot_restores_the_same_state()
    {
        var state = NewState(totalSets: 9, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 3));
        ApplyAll(state, state.Complete("s1", 1, ResultsOf(state, 1), "w1"));
        ApplyAll(state, state.WorkerLost("w1"));
        ApplyAll(state, state.Dispatch("w2", 1));

        ApplyAll(state, state.Complete("s1", 2, ResultsOf(state, 2), "w1"));

        var restored = new CoordinatorState(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10), () => _now);
        var snapshot = state.ToSnapshot();
        Assert.Equal([new UnitRun(1, 2)], snapshot.Sweeps[0].Done);
        restored.Restore(snapshot);
        var (a, b) = (state.Find("s1")!, restored.Find("s1")!);
        Assert.Equal(a.NextFresh, b.NextFresh);
        Assert.Equal(a.Requeued, b.Requeued);
        Assert.Equal(a.InFlight.Keys.Order(), b.InFlight.Keys.Order());
        Assert.Equal(a.Status(), b.Status());
        Assert.Equal(Granted(state.Dispatch("w3", 10)), Granted(restored.Dispatch("w3", 10)));
    }

    [Fact]
    public void A_heartbeat_keeps_a_long_unit_but_not_past_the_unit_time_limit()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        for (int beat = 0; beat < 19; beat++)
        {
            _now += TimeSpan.FromSeconds(29);
            Assert.Empty(state.Heartbeat("w1", [new HeldUnit("s1", 0)]));
            Assert.Empty(state.Expire());
        }

        // 19 × 29 s = 551 s held; the 10-minute limit caps the lease the next beat gives.
        _now += TimeSpan.FromSeconds(29);
        state.Heartbeat("w1", [new HeldUnit("s1", 0)]);
        _now += TimeSpan.FromSeconds(25);
        Assert.IsType<UnitFailed>(Assert.Single(state.Expire()));
    }

    [Fact]
    public void A_heartbeat_from_another_worker_or_without_the_unit_does_not_renew_it()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 1));
        _now += TimeSpan.FromSeconds(20);
        Assert.Empty(state.Heartbeat("w2", [new HeldUnit("s1", 0)]));
        Assert.Empty(state.Heartbeat("w1", []));
        _now += TimeSpan.FromSeconds(11);
        Assert.Equal(0, Assert.IsType<UnitFailed>(Assert.Single(state.Expire())).UnitId);
    }

    [Fact]
    public void After_recovery_a_worker_that_no_longer_holds_its_unit_gets_it_released_without_a_failed_attempt()
    {
        var state = NewState(totalSets: 6, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 2));
        ApplyAll(state, state.Dispatch("w2", 1));
        state.MarkRecovered();
        var released = ApplyAll(state, state.Heartbeat("w1", [new HeldUnit("s1", 1)]));
        Assert.Equal(new UnitReleased("s1", 0, 1), Assert.Single(released));
        Assert.Empty(state.Heartbeat("w1", [new HeldUnit("s1", 1)]));
        var again = Assert.Single(Granted(state.Dispatch("w3", 1)));
        Assert.Equal((0, 1), (again.UnitId, again.Attempt));
        // A resubmission releases what is still unconfirmed from before the restart (w2's unit), not w1's renewed one.
        Assert.Equal([new UnitReleased("s1", 2, 1)], state.ReleaseRecovered("s1"));
    }

    [Fact]
    public void A_declined_unit_goes_back_to_the_queue_on_the_same_attempt()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 2));
        Assert.Empty(state.Decline("s1", 1, "w2"));
        Assert.Equal(new UnitReleased("s1", 1, 1), Assert.Single(ApplyAll(state, state.Decline("s1", 1, "w1"))));
        var again = Assert.Single(Granted(state.Dispatch("w2", 5)));
        Assert.Equal((1, 1), (again.UnitId, again.Attempt));
    }

    [Fact]
    public void Status_counts_sets_not_units_when_the_last_unit_is_short()
    {
        var state = NewState(totalSets: 5, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 3));
        ApplyAll(state, state.Complete("s1", 2, ResultsOf(state, 2), "w1"));
        var status = state.StatusOf("s1");
        Assert.Equal((1L, 1, 2), (status.SetsDone, status.UnitsDone, status.UnitsInFlight));
        Assert.Equal(SweepPhase.Unknown, state.StatusOf("nope").Phase);
    }

    [Fact]
    public void Queued_sweeps_are_served_in_acceptance_order_each_with_its_own_progress()
    {
        var state = NewState(totalSets: 4, unitSize: 2);
        ApplyAll(state, state.Accept(new SweepAccepted("s2", "/x/b.yaml", "name: b", 6, 3, 3, "b")));
        var first = Granted(ApplyAll(state, state.Dispatch("w1", 3))).Select(d => (d.SweepId, d.UnitId));
        Assert.Equal([("s1", 0), ("s1", 1), ("s2", 0)], first);
        ApplyAll(state, state.Complete("s2", 0, [SetResult.Failed(0, "a"), SetResult.Failed(1, "b"), SetResult.Failed(2, "c")], "w1"));

        Assert.Equal((0L, 2), (state.StatusOf("s1").SetsDone, state.StatusOf("s1").UnitsInFlight));
        Assert.Equal((3L, 1, 0), (state.StatusOf("s2").SetsDone, state.StatusOf("s2").UnitsDone, state.StatusOf("s2").UnitsInFlight));
        Assert.Equal("b", state.StatusOf("s2").Name);
        Assert.Equal([("s2", 1)], Granted(state.Dispatch("w2", 5)).Select(d => (d.SweepId, d.UnitId)));
    }

    [Fact]
    public void A_grant_is_one_event_per_sweep_however_many_units_it_holds()
    {
        var state = NewState(totalSets: 10, unitSize: 2);
        ApplyAll(state, state.Accept(new SweepAccepted("s2", "/x/b.yaml", "name: b", 4, 2, 3, "b")));
        var events = ApplyAll(state, state.Dispatch("w1", 6));
        Assert.Equal(
            [new UnitsDispatched("s1", "w1", [new DispatchedUnit(0, 1), new DispatchedUnit(1, 1), new DispatchedUnit(2, 1), new DispatchedUnit(3, 1), new DispatchedUnit(4, 1)]),
             new UnitsDispatched("s2", "w1", [new DispatchedUnit(0, 1)])],
            events.Cast<UnitsDispatched>().Select(e => e with { Units = [.. e.Units] }),
            new GrantComparer());
        Assert.Equal(5, state.Find("s1")!.InFlight.Count);
        Assert.Single(state.Find("s2")!.InFlight);
    }

    [Fact]
    public void A_journal_written_with_one_event_per_dispatched_unit_still_recovers()
    {
        var state = NewState(totalSets: 6, unitSize: 2);
        ApplyAll(state, [new UnitDispatched("s1", 0, "w1", 1), new UnitDispatched("s1", 1, "w2", 2)]);
        Assert.Equal(["w1", "w2"], state.Find("s1")!.InFlight.Values.OrderBy(u => u.UnitId).Select(u => u.Worker));
        Assert.Equal((2, 2), (state.Find("s1")!.NextFresh, state.Find("s1")!.InFlight[1].Attempt));
        Assert.Equal([2], Granted(state.Dispatch("w3", 5)).Select(d => d.UnitId));
    }

    [Fact]
    public void Units_recovered_from_the_journal_are_counted_until_claimed_or_settled()
    {
        var state = NewState(totalSets: 8, unitSize: 2);
        ApplyAll(state, state.Dispatch("w1", 2));
        ApplyAll(state, state.Dispatch("w2", 2));
        var sweep = state.Find("s1")!;
        Assert.Equal(0, sweep.RecoveredInFlight);
        state.MarkRecovered();
        Assert.Equal(4, sweep.RecoveredInFlight);
        Assert.Empty(state.Heartbeat("w1", [new HeldUnit("s1", 0), new HeldUnit("s1", 1)]));
        Assert.Equal(2, sweep.RecoveredInFlight);
        ApplyAll(state, state.Complete("s1", 2, ResultsOf(state, 2), "w2"));
        Assert.Equal(1, sweep.RecoveredInFlight);
        // w2 no longer runs unit 3: its heartbeat releases it, and then nothing is left to look for.
        Assert.Equal([new UnitReleased("s1", 3, 1)], ApplyAll(state, state.Heartbeat("w2", [])));
        Assert.Equal(0, sweep.RecoveredInFlight);
        Assert.Empty(state.Heartbeat("w2", []));
    }

    /// <summary>Grants compared by value, units included (records compare lists by reference).</summary>
    private sealed class GrantComparer : IEqualityComparer<UnitsDispatched>
    {
        public bool Equals(UnitsDispatched? x, UnitsDispatched? y) =>
            x is not null && y is not null && (x.SweepId, x.Worker) == (y.SweepId, y.Worker) && x.Units.SequenceEqual(y.Units);

        public int GetHashCode(UnitsDispatched obj) => HashCode.Combine(obj.SweepId, obj.Worker, obj.Units.Count);
    }
}
