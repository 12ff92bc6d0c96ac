namespace VixShield.Reports.Model;

/// <summary>The results table: the top N sets by rank_by (constraints applied), every axis value and metric of each.</summary>
/// <param name="AxisNames">The grid's axes by dotted name, in sweep-file order.</param>
/// <param name="MetricNames">Metric names as in <see cref="Sweeps.Ranking.MetricTable.Names"/>; each row's metrics follow this order.</param>
/// <param name="Rows">Best first.</param>
/// <param name="OmittedRows">Completed or failed sets not shown (beyond the top N, or not meeting the constraints).</param>
public sealed record ResultsTable(
    IReadOnlyList<string> AxisNames,
    IReadOnlyList<string> MetricNames,
    IReadOnlyList<ResultRow> Rows,
    long OmittedRows);

/// <summary>One parameter set's line in the results table.</summary>
/// <param name="SetIndex">The set's index in the sweep's grid.</param>
/// <param name="Rank">1 = best; null for a failed set.</param>
/// <param name="AxisValues">Axis values as written in the sweep file (e.g. <c>0.25</c>, <c>none</c>, <c>calls</c>), aligned with <see cref="ResultsTable.AxisNames"/>.</param>
/// <param name="Metrics">Metric values in their native units (fractions, dollars, days), aligned with <see cref="ResultsTable.MetricNames"/>; null or NaN = undefined.</param>
/// <param name="Error">Why the set did not run, or null.</param>
/// <param name="DetailPage">File name of the set's detail page beside index.html, or null when it has none.</param>
public sealed record ResultRow(
    long SetIndex,
    int? Rank,
    IReadOnlyList<string> AxisValues,
    IReadOnlyList<double?> Metrics,
    bool MeetsConstraints,
    string? Error,
    string? DetailPage);
