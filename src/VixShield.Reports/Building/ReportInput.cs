using VixShield.Core.Engine;
using VixShield.Sweeps;

namespace VixShield.Reports.Building;

/// <summary>What a sweep's report is built from: the sweep as run, every set's result, the market to re-run the best sets on, and where it all came from.</summary>
/// <param name="Results">One result per set that ran (metrics, or the error that kept it from running), in any order.</param>
/// <param name="Market">The sweep's dataset: the top sets, their hedge-off twins and the walk-forward are re-run on it.</param>
public sealed record ReportInput(SweepDefinition Sweep, IReadOnlyList<SetResult> Results, MarketContext Market, ReportProvenance Provenance);

/// <summary>The facts about a run that the results do not hold.</summary>
/// <param name="DatasetName">The dataset folder's name, e.g. <c>default</c>.</param>
/// <param name="DatasetSource">Where the data came from, in words, e.g. <c>synthetic, seed 1</c>.</param>
/// <param name="WallTime">Acceptance to finish; null when unknown.</param>
/// <param name="Nodes">Nodes that ran sets; null when unknown.</param>
/// <param name="Cores">Worker cores over those nodes; null when unknown.</param>
/// <param name="GeneratedAt">The report's stamp. Callers pass the sweep's finish time, so rebuilding a report gives the same bytes.</param>
public sealed record ReportProvenance(
    string SweepId, string DatasetName, string DatasetSource, TimeSpan? WallTime, int? Nodes, int? Cores, DateTimeOffset GeneratedAt);
