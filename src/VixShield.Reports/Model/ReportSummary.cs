namespace VixShield.Reports.Model;

/// <summary>The report's header: which sweep, on which data and period, how big, how long it took.</summary>
/// <param name="SweepId">The grid's id of the run (or the output folder's name for an embedded sweep).</param>
/// <param name="SweepFileName">File name of the sweep file, e.g. <c>alvh-grid.yaml</c>.</param>
/// <param name="SweepFileText">The sweep file exactly as it was submitted.</param>
/// <param name="DatasetName">The dataset folder's name, e.g. <c>default</c>.</param>
/// <param name="DatasetSource">Where the data came from, in words (e.g. "synthetic, seed 1" or "cboe-eod import").</param>
/// <param name="PeriodFrom">First day of the backtest period (calendar date).</param>
/// <param name="PeriodTo">Last day of the backtest period (calendar date, inclusive).</param>
/// <param name="StartingCapital">Dollars each set starts with.</param>
/// <param name="TotalSets">Parameter sets in the grid.</param>
/// <param name="CompletedSets">Sets that produced metrics.</param>
/// <param name="FailedSets">Sets that ended in an error (e.g. a cross-parameter rule).</param>
/// <param name="RankBy">The sweep's rank_by as written: <c>irr</c>, or <c>-max_drawdown</c> for lowest first.</param>
/// <param name="Constraints">The sweep's constraints as written, e.g. <c>max_drawdown &lt;= 0.25</c>.</param>
/// <param name="WallTime">Submission to last result; null when unknown (e.g. a report of results copied elsewhere).</param>
/// <param name="Nodes">Cluster nodes that ran work units; null when unknown.</param>
/// <param name="Cores">Worker cores over all nodes; null when unknown.</param>
/// <param name="GeneratedAt">When the report was built; the only timestamp on the page, so the same model gives the same bytes.</param>
public sealed record ReportSummary(
    string SweepName,
    string SweepId,
    string SweepFileName,
    string SweepFileText,
    string DatasetName,
    string DatasetSource,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    double StartingCapital,
    long TotalSets,
    long CompletedSets,
    long FailedSets,
    string RankBy,
    IReadOnlyList<string> Constraints,
    TimeSpan? WallTime,
    int? Nodes,
    int? Cores,
    DateTimeOffset GeneratedAt);
