namespace VixShield.Reports.Model;

/// <summary>How the rank metric moves along one axis: its best and median over all completed sets sharing each axis value.</summary>
/// <param name="Metric">The rank_by metric's name (without a leading minus); values in its native units.</param>
/// <param name="HigherIsBetter">False when the sweep ranks lowest first (<c>-metric</c>), so "best" is the minimum.</param>
/// <param name="Values">The axis values as written, in axis order.</param>
/// <param name="Best">Per value, the best metric; NaN when no completed set has it.</param>
/// <param name="Median">Per value, the median metric; NaN when no completed set has it.</param>
/// <param name="SetCounts">Per value, how many completed sets have it.</param>
public sealed record AxisSensitivity(
    string Axis,
    string Metric,
    bool HigherIsBetter,
    IReadOnlyList<string> Values,
    double[] Best,
    double[] Median,
    long[] SetCounts);
