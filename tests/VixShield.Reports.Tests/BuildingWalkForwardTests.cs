using VixShield.Core.Market;
using VixShield.Reports.Building;
using VixShield.Sweeps;
using VixShield.Sweeps.OutOfSample;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Tests;

/// <summary>The walk-forward's choice per window from the sets' in-sample scores, and when it cannot be made.</summary>
public sealed class BuildingWalkForwardTests
{
    // 2019-01-02 .. 2021-06-30 cut into one-year windows: in sample 2019 → out of sample 2020, in sample 2020 → out of
    // sample 2021-01-02 .. 2021-06-30 (clipped at the period's end).
    private static readonly MarketTape Tape = BuildingSweeps.Calendar(new DateOnly(2019, 1, 2), new DateOnly(2021, 6, 30));

    private static readonly PeriodSnapshots Period = PeriodSnapshots.Of(Tape, null, null)!.Value;

    private static SweepDefinition Sweep(string rankBy = "irr") =>
        BuildingSweeps.Sweep() with { WalkForward = new WalkForwardSpec(1, 1), RankBy = RankBy.Parse(rankBy) };

    /// <summary>Scores per set for windows 0 and 1; set 2 and 4 tie on window 1, set 6 is NaN there.</summary>
    private static SetResult[] Scored(params double[][] scores) => scores
        .Select((s, i) => SetResult.Ok(i, BuildingSweeps.Metrics(0.05, 0.1)) with { WindowScores = s })
        .ToArray();

    private static readonly double[][] Scores =
    [
        [0.01, 0.02], [0.03, 0.01], [0.02, 0.09], [0.08, 0.05], [0.04, 0.09], [0.05, 0.03], [0.07, double.NaN],
    ];

    [Fact]
    public void Each_window_trades_the_best_in_sample_score_ties_to_the_lower_index()
    {
        var points = new SweepPoints(Sweep(), Scored(Scores));

        var (plan, missing) = WalkForwardPlan.Of(points, Tape, Period);

        Assert.Null(missing);
        Assert.Equal([3, 2], plan!.Steps.Select(s => s.Row));
        Assert.Equal([0.08, 0.09], plan.Steps.Select(s => s.InSampleScore));
        var second = plan.Steps[1];
        Assert.Equal(
            new WalkForwardWindow(1, new DateOnly(2020, 1, 2), new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 2), new DateOnly(2021, 6, 30)),
            second.Window);
        // Out-of-sample snapshots: the first weekday on or after 2021-01-02 (Monday 4 January) to the last one.
        Assert.Equal(20210104, Tape.Dates[second.OutOfSample.First]);
        Assert.Equal(Tape.SnapshotCount - 1, second.OutOfSample.Last);
        // The first window's last out-of-sample day is 2021-01-01, a weekday in this calendar.
        Assert.Equal(20210101, Tape.Dates[plan.Steps[0].OutOfSample.Last]);
    }

    [Fact]
    public void Ranked_lowest_first_the_scores_are_negated_metrics_and_the_step_shows_the_metric()
    {
        // As the workers store them (RankBy.ScoreOf): -max_drawdown, so the highest score is the shallowest drawdown.
        var points = new SweepPoints(Sweep("-max_drawdown"), Scored([-0.20, -0.10], [-0.15, -0.30]));

        var (plan, _) = WalkForwardPlan.Of(points, Tape, Period);

        Assert.Equal([1, 0], plan!.Steps.Select(s => s.Row));
        Assert.Equal([0.15, 0.10], plan.Steps.Select(s => s.InSampleScore));
    }

    [Fact]
    public void Without_walk_forward_or_in_sample_scores_there_is_none_and_the_reason_says_so()
    {
        var plain = new SweepPoints(BuildingSweeps.Sweep(), Scored(Scores));
        var unscored = new SweepPoints(Sweep(), [SetResult.Ok(0, BuildingSweeps.Metrics(0.05, 0.1))]);

        Assert.Equal((null, "the sweep file has no walk_forward"), WalkForwardPlan.Of(plain, Tape, Period));
        Assert.Equal("the results carry no in-sample scores for the 2 walk-forward windows", WalkForwardPlan.Of(unscored, Tape, Period).Missing);
    }
}
