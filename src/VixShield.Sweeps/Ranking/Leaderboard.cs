using VixShield.Core.Engine;

namespace VixShield.Sweeps.Ranking;

/// <summary>The best parameter sets of a sweep: those meeting every constraint, ordered by <see cref="RankBy"/>, ties by set index.</summary>
public static class Leaderboard
{
    /// <summary>The sets that meet every constraint, best first (NaN scores last, equal scores by lower index).</summary>
    public static IReadOnlyList<(long Index, BacktestMetrics Metrics)> Rank(
        IEnumerable<(long Index, BacktestMetrics Metrics)> sets, RankBy rankBy, IReadOnlyList<Constraint> constraints) =>
        sets.Where(s => constraints.All(c => c.IsMetBy(s.Metrics)))
            .OrderBy(s => s.Metrics, rankBy)
            .ThenBy(s => s.Index)
            .ToArray();
}
