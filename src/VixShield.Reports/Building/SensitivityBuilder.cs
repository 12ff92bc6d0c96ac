using System.Globalization;
using VixShield.Reports.Model;
using VixShield.Sweeps.Axes;

namespace VixShield.Reports.Building;

/// <summary>
/// One chart per axis: the best and median rank_by metric over the completed sets sharing each value. A listed axis
/// shows its values; a random axis (every set draws its own value) shows ten equal-width bins between the lowest and
/// highest value drawn.
/// </summary>
internal static class SensitivityBuilder
{
    public const int RandomAxisBins = 10;

    public static IReadOnlyList<AxisSensitivity> Build(SweepPoints points)
    {
        var rankBy = points.Sweep.RankBy;
        double[] scores = Enumerable.Range(0, points.Count).Select(row => points.Metric(row, rankBy.Metric)).ToArray();
        return Enumerable.Range(0, points.Axes.Count).Select(a =>
        {
            var (labels, groupOf) = points.Axes[a] is DiscreteAxis discrete ? Listed(points, a, discrete) : Binned(points, a);
            var groups = Enumerable.Range(0, labels.Count).Select(_ => new List<double>()).ToArray();
            long[] counts = new long[labels.Count];
            for (int row = 0; row < points.Count; row++)
            {
                if (groupOf(row) is not { } g)
                    continue;
                counts[g]++;
                if (!double.IsNaN(scores[row]))
                    groups[g].Add(scores[row]);
            }

            return new AxisSensitivity(
                points.Axes[a].Name, rankBy.Metric, rankBy.Descending, labels,
                groups.Select(g => g.Count == 0 ? double.NaN : rankBy.Descending ? g.Max() : g.Min()).ToArray(),
                groups.Select(Median).ToArray(),
                counts);
        }).ToArray();
    }

    internal static double Median(List<double> values)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static (IReadOnlyList<string> Labels, Func<int, int?> GroupOf) Listed(SweepPoints points, int axis, DiscreteAxis discrete)
    {
        var labels = new string[discrete.Count];
        var positions = new Dictionary<double, int>();
        for (long i = 0; i < discrete.Count; i++)
        {
            labels[i] = discrete.Parameter.Format(discrete.ValueAt(i));
            positions.TryAdd(discrete.ValueAt(i) ?? double.NaN, (int)i);
        }

        return (labels, row => positions.TryGetValue(points.Values[row][axis] ?? double.NaN, out int p) ? p : null);
    }

    /// <summary>Bins of equal width over [lowest, highest] drawn value; a value of none (a choice that includes it) is left out.</summary>
    private static (IReadOnlyList<string> Labels, Func<int, int?> GroupOf) Binned(SweepPoints points, int axis)
    {
        var drawn = points.Values.Select(v => v[axis]).OfType<double>().ToArray();
        if (drawn.Length == 0)
            return ([], _ => null);
        double low = drawn.Min(), high = drawn.Max();
        int bins = low == high ? 1 : RandomAxisBins;
        double width = (high - low) / bins;
        var labels = Enumerable.Range(0, bins)
            .Select(b => bins == 1 ? Format(low) : $"{Format(low + b * width)}–{Format(b == bins - 1 ? high : low + (b + 1) * width)}")
            .ToArray();
        return (labels, row => points.Values[row][axis] is { } v ? Math.Min(bins - 1, bins == 1 ? 0 : (int)((v - low) / width)) : null);
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
