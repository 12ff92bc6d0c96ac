using VixShield.Core.Engine;
using VixShield.Sweeps;
using VixShield.Sweeps.Axes;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Building;

/// <summary>
/// The completed sets of a sweep with their axis values, ranked: what the table, heatmaps, sensitivities and scatter
/// read. Rows are in set-index order; <see cref="Ranked"/> lists the rows meeting every constraint, best first.
/// </summary>
internal sealed class SweepPoints
{
    public SweepPoints(SweepDefinition sweep, IEnumerable<SetResult> results)
    {
        Sweep = sweep;
        var completed = results.Where(r => r.Metrics is not null).OrderBy(r => r.Index).ToArray();
        Indices = completed.Select(r => r.Index).ToArray();
        Metrics = completed.Select(r => r.Metrics!).ToArray();
        Sets = completed;
        Axes = sweep.Grid.Axes;
        Values = Indices.Select(i =>
        {
            var values = sweep.Grid.AxisValuesAt(i);
            return Axes.Select(a => values[a.Name]).ToArray();
        }).ToArray();
        var rowOf = new Dictionary<long, int>(Indices.Length);
        for (int row = 0; row < Indices.Length; row++)
            rowOf.Add(Indices[row], row);
        var ranked = Leaderboard.Rank(Indices.Select((index, row) => (index, Metrics[row])), sweep.RankBy, sweep.Constraints);
        Ranked = ranked.Select(s => rowOf[s.Index]).ToArray();
    }

    public SweepDefinition Sweep { get; }

    public IReadOnlyList<SweepAxis> Axes { get; }

    /// <summary>Set index of each row, ascending.</summary>
    public long[] Indices { get; }

    public BacktestMetrics[] Metrics { get; }

    public SetResult[] Sets { get; }

    /// <summary><c>Values[row][axis]</c>: the axis value (null = none) in the grid's axis order.</summary>
    public double?[][] Values { get; }

    /// <summary>Rows meeting every constraint, best first by rank_by, ties by lower index.</summary>
    public int[] Ranked { get; }

    public int Count => Indices.Length;

    /// <summary>The row whose other axes fix the heatmaps: the rank-1 set, or without one the best set ignoring constraints; -1 when nothing completed.</summary>
    public int BestRow()
    {
        if (Ranked.Length > 0)
            return Ranked[0];
        int best = -1;
        for (int row = 0; row < Count; row++)
        {
            if (best < 0 || IsBetter(row, best))
                best = row;
        }

        return best;
    }

    /// <summary>True when <paramref name="row"/> ranks strictly above <paramref name="other"/> (rank_by, NaN last); equal scores keep the earlier.</summary>
    public bool IsBetter(int row, int other) => Sweep.RankBy.Compare(Metrics[row], Metrics[other]) < 0;

    public string Text(int row, int axis) => Axes[axis].Parameter.Format(Values[row][axis]);

    public IReadOnlyList<string> TextsOf(int row) => Enumerable.Range(0, Axes.Count).Select(a => Text(row, a)).ToArray();

    public double Metric(int row, string metric) => MetricTable.ValueOf(Metrics[row], metric);
}
