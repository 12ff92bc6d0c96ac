using VixShield.Sweeps.Planning;

namespace VixShield.Sweeps.Tests;

public sealed class WorkUnitPlannerTests
{
    [Fact]
    public void Units_take_about_the_target_time_and_the_last_one_is_shorter()
    {
        // 40 sets/s for 30 s = 1,200 sets a unit; 10,000 sets = 8 full units and one of 400.
        var plan = WorkUnitPlanner.Plan(10_000, 40, TimeSpan.FromSeconds(30));
        Assert.Equal(1_200, plan.UnitSize);
        Assert.Equal(9, plan.Count);
        Assert.Equal(new WorkUnit(0, 0, 1_200), plan[0]);
        Assert.Equal(new WorkUnit(8, 9_600, 400), plan[8]);
        Assert.Equal(10_000, plan.Sum(u => u.Count));
        Assert.Equal(Enumerable.Range(0, 9), plan.Select(u => u.Id));
        Assert.All(plan.Zip(plan.Skip(1)), p => Assert.Equal(p.First.EndIndex, p.Second.FirstIndex));
        Assert.Equal(plan[3], plan.UnitOf(4_799));
    }

    [Fact]
    public void An_exact_multiple_has_no_short_unit_and_a_slow_rate_still_gives_one_set_per_unit()
    {
        var exact = WorkUnitPlanner.Plan(3_600, 2, TimeSpan.FromMinutes(5));
        Assert.Equal((600L, 6), (exact.UnitSize, exact.Count));
        Assert.Equal(600, exact[5].Count);

        var slow = WorkUnitPlanner.Plan(5, 0.01, TimeSpan.FromSeconds(10));
        Assert.Equal((1L, 5), (slow.UnitSize, slow.Count));
    }

    [Fact]
    public void A_small_sweep_is_one_unit_and_an_empty_one_none()
    {
        var small = WorkUnitPlanner.Plan(7, 1_000, TimeSpan.FromMinutes(1));
        Assert.Equal([new WorkUnit(0, 0, 7)], small);
        Assert.Empty(WorkUnitPlanner.Plan(0, 1_000, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_huge_sweep_grows_units_so_ids_fit_an_int_and_the_plan_is_not_materialised()
    {
        var plan = WorkUnitPlanner.Plan(long.MaxValue, 1, TimeSpan.FromSeconds(1));
        Assert.True(plan.Count <= int.MaxValue);
        var last = plan[plan.Count - 1];
        Assert.Equal(long.MaxValue, last.EndIndex);
        Assert.InRange(last.Count, 1, plan.UnitSize);
    }

    [Fact]
    public void The_same_inputs_give_the_same_plan()
    {
        Assert.Equal(WorkUnitPlanner.Plan(123_457, 333.3, TimeSpan.FromSeconds(7)), WorkUnitPlanner.Plan(123_457, 333.3, TimeSpan.FromSeconds(7)));
    }

    [Fact]
    public void Bad_rates_and_targets_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkUnitPlanner.Plan(10, 0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkUnitPlanner.Plan(10, double.NaN, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkUnitPlanner.Plan(10, 5, TimeSpan.Zero));
    }
}
