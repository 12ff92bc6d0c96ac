using VixShield.Reports.Model;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Building;

/// <summary>The results table: the top N sets meeting the constraints, best first; the first few link to their detail pages.</summary>
internal static class ResultsTableBuilder
{
    public static ResultsTable Build(SweepPoints points, long totalResults, int topRows, int detailPages)
    {
        var rows = points.Ranked.Take(topRows).Select((row, i) => new ResultRow(
            points.Indices[row],
            Rank: i + 1,
            points.TextsOf(row),
            MetricTable.Names.Select(m => (double?)points.Metric(row, m)).ToArray(),
            MeetsConstraints: true,
            Error: null,
            DetailPage: i < detailPages ? DetailPageName(points.Indices[row]) : null)).ToArray();
        return new ResultsTable(points.Axes.Select(a => a.Name).ToArray(), MetricTable.Names, rows, totalResults - rows.Length);
    }

    public static string DetailPageName(long setIndex) => $"set-{setIndex:D6}.html";
}
