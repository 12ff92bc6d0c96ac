using VixShield.Core.Market;
using VixShield.Sweeps.OutOfSample;

namespace VixShield.Reports.Building;

/// <summary>
/// Which set each walk-forward window trades: the one with the highest in-sample score
/// (<see cref="Sweeps.SetResult.WindowScores"/>, the rank_by metric negated when ranking lowest first, as
/// <see cref="Sweeps.Ranking.RankBy.ScoreOf"/> gives it; NaN last, ties to the lower index), over every completed set,
/// constraints not applied (they are judged over the whole period). The windows span the period's first to last snapshot,
/// as the workers cut them. Windows without an out-of-sample snapshot are left out.
/// </summary>
internal sealed record WalkForwardPlan(IReadOnlyList<WalkForwardPlan.Step> Steps)
{
    /// <summary>One window: where it trades and what it chose.</summary>
    /// <param name="Row">The chosen set's row in <see cref="SweepPoints"/>.</param>
    /// <param name="InSampleScore">Its rank_by metric on the in-sample period, native units.</param>
    public sealed record Step(WalkForwardWindow Window, PeriodSnapshots OutOfSample, int Row, double InSampleScore);

    /// <summary>The plan, or null with the reason when the sweep has no walk_forward or its results carry no in-sample scores.</summary>
    public static (WalkForwardPlan? Plan, string? Missing) Of(SweepPoints points, MarketTape tape, PeriodSnapshots period)
    {
        var sweep = points.Sweep;
        if (sweep.WalkForward is not { } spec)
            return (null, "the sweep file has no walk_forward");
        var windows = spec.Windows(DateCode.ToDate(tape.Dates[period.First]), DateCode.ToDate(tape.Dates[period.Last]));
        if (windows.Count == 0)
            return (null, $"the period is shorter than {spec.InSampleYears} in-sample years and a day");
        if (points.Count == 0)
            return (null, "no set completed");
        if (points.Sets.Any(s => s.WindowScores is null || s.WindowScores.Length != windows.Count))
            return (null, $"the results carry no in-sample scores for the {windows.Count} walk-forward windows");

        var steps = new List<Step>();
        foreach (var window in windows)
        {
            if (PeriodSnapshots.Of(tape, window.OutOfSampleFrom, window.OutOfSampleTo) is not { } outOfSample)
                continue;
            int chosen = 0;
            for (int row = 1; row < points.Count; row++)
            {
                if (Beats(points.Sets[row].WindowScores![window.Number], points.Sets[chosen].WindowScores![window.Number]))
                    chosen = row;
            }

            double score = points.Sets[chosen].WindowScores![window.Number];
            steps.Add(new Step(window, outOfSample, chosen, sweep.RankBy.Descending ? score : -score));
        }

        return steps.Count == 0 ? (null, "no walk-forward window has an out-of-sample snapshot") : (new WalkForwardPlan(steps), null);
    }

    /// <summary>Strictly better: rows arrive in index order, so on a tie the lower index stays.</summary>
    private static bool Beats(double score, double incumbent) => !double.IsNaN(score) && (double.IsNaN(incumbent) || score > incumbent);
}
