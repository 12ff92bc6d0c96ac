namespace VixShield.Reports.Model;

/// <summary>The index page of every sweep under one folder, newest first as the builder orders them.</summary>
/// <param name="Title">Heading, e.g. the folder's name.</param>
public sealed record SweepCatalog(string Title, IReadOnlyList<SweepCatalogEntry> Sweeps);

/// <summary>One sweep in the catalog.</summary>
/// <param name="ReportPath">Relative link from the catalog page to the sweep's report, e.g. <c>alvh-grid/report/index.html</c>.</param>
/// <param name="BestScore">The rank-1 set's rank_by metric, native units; null when no set met the constraints.</param>
/// <param name="BestSet">The rank-1 set's axis values in words, e.g. <c>entry.wing_width=50, hedge.increment=0.25</c>.</param>
/// <param name="GeneratedAt">When its report was built, null when it has none yet.</param>
public sealed record SweepCatalogEntry(
    string SweepName,
    string SweepId,
    string ReportPath,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    long TotalSets,
    long CompletedSets,
    long FailedSets,
    string RankBy,
    double? BestScore,
    string? BestSet,
    DateTimeOffset? GeneratedAt);
