using VixShield.Sweeps;
using VixShield.Sweeps.Ranking;

namespace VixShield.Grid.Results;

/// <summary>
/// A sweep's results as a table, one row per parameter set in index order: the set index, every axis value as a sweep
/// file writes it, every metric (empty for a failed set), and the error of a failed set.
/// </summary>
public sealed class SweepResultTable
{
    private readonly string[][] _axisText;

    public SweepResultTable(SweepDefinition sweep, IEnumerable<SetResult> results)
    {
        Sweep = sweep;
        Rows = results.OrderBy(r => r.Index).ToArray();
        var axes = sweep.Grid.Axes;
        AxisNames = axes.Select(a => a.Name).ToArray();
        _axisText = Rows.Select(r =>
        {
            var values = sweep.Grid.AxisValuesAt(r.Index);
            return axes.Select(a => a.Parameter.Format(values[a.Name])).ToArray();
        }).ToArray();
    }

    public const string IndexColumn = "set_index";

    public const string ErrorColumn = "error";

    public SweepDefinition Sweep { get; }

    /// <summary>Every completed set's result, by ascending index.</summary>
    public IReadOnlyList<SetResult> Rows { get; }

    public IReadOnlyList<string> AxisNames { get; }

    public static IReadOnlyList<string> MetricNames => MetricTable.Names;

    /// <summary>The column names in file order.</summary>
    public IReadOnlyList<string> Header => [IndexColumn, .. AxisNames, .. MetricNames, ErrorColumn];

    /// <summary>Row <paramref name="row"/>'s value of axis <paramref name="axis"/>, formatted as in a sweep file.</summary>
    public string AxisText(int row, int axis) => _axisText[row][axis];

    /// <summary>Row <paramref name="row"/>'s metric by position in <see cref="MetricNames"/>; null for a failed set.</summary>
    public double? Metric(int row, int metric) =>
        Rows[row].Metrics is { } m ? MetricTable.ValueOf(m, MetricNames[metric]) : null;
}
