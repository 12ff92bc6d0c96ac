using VixShield.Reports.Model;
using VixShield.Sweeps.Axes;

namespace VixShield.Reports.Building;

/// <summary>
/// IRR, max drawdown and Sharpe over two listed axes. In a full product the other axes are held at the best set's
/// values. A sampled sweep holds none: its points rarely share every other value (10,000 samples of six axes leave most
/// held cells empty), so each cell takes the best of the sets on it. Each cell shows the best set (by rank_by, ties by
/// lower index) among the completed sets on that cell, constraints not applied: the map shows the landscape, the table
/// the admissible sets.
/// </summary>
internal static class HeatmapBuilder
{
    private static readonly (string Metric, bool HigherIsBetter)[] Shown = [("irr", true), ("max_drawdown", false), ("sharpe", true)];

    public static IReadOnlyList<Heatmap> Build(SweepPoints points, string preferredX, string preferredY)
    {
        int best = points.BestRow();
        if (best < 0 || ChooseAxes(points.Axes, preferredX, preferredY) is not var (x, y))
            return [];
        var xAxis = (DiscreteAxis)points.Axes[x];
        var yAxis = (DiscreteAxis)points.Axes[y];
        var xPositions = Positions(xAxis);
        var yPositions = Positions(yAxis);
        int[] held = points.Sweep.Grid.IsSampled ? [] : Enumerable.Range(0, points.Axes.Count).Where(a => a != x && a != y).ToArray();

        var chosen = new int[xPositions.Count * yPositions.Count];
        Array.Fill(chosen, -1);
        for (int row = 0; row < points.Count; row++)
        {
            var values = points.Values[row];
            if (!held.All(a => Same(values[a], points.Values[best][a])))
                continue;
            if (!xPositions.TryGetValue(Key(values[x]), out int column) || !yPositions.TryGetValue(Key(values[y]), out int line))
                continue;
            int cell = line * xPositions.Count + column;
            if (chosen[cell] < 0 || points.IsBetter(row, chosen[cell]))
                chosen[cell] = row;
        }

        var xValues = Texts(xAxis);
        var yValues = Texts(yAxis);
        var fixedAxes = held.Select(a => new AxisSetting(points.Axes[a].Name, points.Text(best, a))).ToArray();
        return Shown.Select(s => new Heatmap(
            s.Metric, xAxis.Name, xValues, yAxis.Name, yValues,
            chosen.Select(row => row < 0 ? double.NaN : points.Metric(row, s.Metric)).ToArray(),
            fixedAxes, s.HigherIsBetter)).ToArray();
    }

    /// <summary>The preferred pair when both are listed axes with two values or more, else the first two such axes; null when there are fewer than two.</summary>
    internal static (int X, int Y)? ChooseAxes(IReadOnlyList<SweepAxis> axes, string preferredX, string preferredY)
    {
        bool Usable(int a) => axes[a] is DiscreteAxis { Count: > 1 };
        int x = IndexOf(axes, preferredX), y = IndexOf(axes, preferredY);
        if (x >= 0 && y >= 0 && x != y && Usable(x) && Usable(y))
            return (x, y);
        int[] usable = Enumerable.Range(0, axes.Count).Where(Usable).Take(2).ToArray();
        return usable.Length == 2 ? (usable[0], usable[1]) : null;
    }

    private static int IndexOf(IReadOnlyList<SweepAxis> axes, string name)
    {
        for (int a = 0; a < axes.Count; a++)
        {
            if (axes[a].Name == name)
                return a;
        }

        return -1;
    }

    // "none" is a value of its own; NaN stands for it as a key because a dictionary refuses null and NaN equals itself there.
    private static double Key(double? value) => value ?? double.NaN;

    private static bool Same(double? a, double? b) => Key(a).Equals(Key(b));

    private static Dictionary<double, int> Positions(DiscreteAxis axis)
    {
        var positions = new Dictionary<double, int>();
        for (long i = 0; i < axis.Count; i++)
            positions.TryAdd(Key(axis.ValueAt(i)), (int)i);
        return positions;
    }

    private static string[] Texts(DiscreteAxis axis)
    {
        var texts = new string[axis.Count];
        for (long i = 0; i < axis.Count; i++)
            texts[i] = axis.Parameter.Format(axis.ValueAt(i));
        return texts;
    }
}
