using VixShield.Reports.Model;
using VixShield.Sweeps;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Building;

/// <summary>One sweep's line in the index of every sweep under a folder: its size, period and rank-1 set.</summary>
public static class CatalogEntryBuilder
{
    /// <param name="period">The sweep's first and last trading days (the sweep file's period when the data is not at hand).</param>
    /// <param name="reportPath">Relative link from the index page to the sweep's <c>report/index.html</c>.</param>
    /// <param name="generatedAt">When its report was built; null when it has none.</param>
    public static SweepCatalogEntry Build(
        SweepDefinition sweep, IReadOnlyList<SetResult> results, string sweepId, (DateOnly From, DateOnly To) period, string reportPath, DateTimeOffset? generatedAt)
    {
        var completed = results.Where(r => r.Metrics is not null).Select(r => (r.Index, r.Metrics!)).ToArray();
        var ranked = Leaderboard.Rank(completed, sweep.RankBy, sweep.Constraints);
        double? bestScore = null;
        string? bestSet = null;
        if (ranked.Count > 0)
        {
            var (index, metrics) = ranked[0];
            bestScore = MetricTable.ValueOf(metrics, sweep.RankBy.Metric);
            var values = sweep.Grid.AxisValuesAt(index);
            bestSet = sweep.Grid.Axes.Count == 0
                ? $"set {index} (the base)"
                : string.Join(", ", sweep.Grid.Axes.Select(a => $"{a.Name}={a.Parameter.Format(values[a.Name])}"));
        }

        return new SweepCatalogEntry(
            sweep.Name, sweepId, reportPath, period.From, period.To, sweep.Grid.Count, completed.Length,
            results.Count - completed.Length, sweep.RankBy.ToString(), bestScore, bestSet, generatedAt);
    }
}
