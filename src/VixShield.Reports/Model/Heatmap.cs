namespace VixShield.Reports.Model;

/// <summary>One metric over two axes (default entry.wing_width × hedge.increment), the other axes held at the best set's values.</summary>
/// <param name="Metric">Metric name as in <see cref="Sweeps.Ranking.MetricTable.Names"/>; values are in its native units.</param>
/// <param name="Cells">Row-major, <c>Cells[y * XValues.Count + x]</c>; NaN = no data (no such set, or it failed).</param>
/// <param name="FixedAxes">The other axes and the value each is held at.</param>
/// <param name="HigherIsBetter">Colours the best end green: true for IRR and Sharpe, false for max drawdown.</param>
public sealed record Heatmap(
    string Metric,
    string XAxis,
    IReadOnlyList<string> XValues,
    string YAxis,
    IReadOnlyList<string> YValues,
    double[] Cells,
    IReadOnlyList<AxisSetting> FixedAxes,
    bool HigherIsBetter);

/// <summary>An axis held at one value, as written in the sweep file.</summary>
public sealed record AxisSetting(string Axis, string Value);
