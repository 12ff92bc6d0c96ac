namespace VixShield.Reports.Building;

/// <summary>How much a report shows.</summary>
/// <param name="TopRows">Sets in the results table, best first (constraints applied).</param>
/// <param name="DetailPages">Sets among those with a detail page (re-run with their trades and hedge-off twin).</param>
/// <param name="HeatmapX">Preferred heatmap column axis; when it or <paramref name="HeatmapY"/> is not a grid axis with two values or more, the first two such axes are used.</param>
/// <param name="HeatmapY">Preferred heatmap row axis.</param>
/// <param name="MaxDegreeOfParallelism">Cores for the re-runs and PBO; -1 = all. The report is the same bits at any value.</param>
public sealed record ReportOptions(
    int TopRows = 100, int DetailPages = 10, string HeatmapX = "entry.wing_width", string HeatmapY = "hedge.increment", int MaxDegreeOfParallelism = -1)
{
    public static ReportOptions Default { get; } = new();
}
