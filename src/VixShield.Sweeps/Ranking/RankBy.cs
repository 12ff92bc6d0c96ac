using VixShield.Core.Engine;

namespace VixShield.Sweeps.Ranking;

/// <summary>The metric a sweep's parameter sets are ranked by, highest first, or lowest first when written <c>-metric</c>; NaN ranks last.</summary>
public sealed record RankBy(string Metric, bool Descending) : IComparer<BacktestMetrics>
{
    /// <summary>The default: highest IRR first.</summary>
    public static RankBy Default { get; } = new("irr", true);

    /// <summary>Parses <c>irr</c> or <c>-max_drawdown</c>; an unknown metric is a <see cref="SweepException"/> keyed by <paramref name="key"/>.</summary>
    public static RankBy Parse(string text, string key = "rank_by")
    {
        string trimmed = text.Trim();
        bool ascending = trimmed.StartsWith('-');
        string metric = ascending ? trimmed[1..].TrimStart() : trimmed;
        MetricTable.Find(metric, key);
        return new RankBy(metric, !ascending);
    }

    /// <summary>The value ranked on: the metric, negated when minimising (so higher is always better); NaN stays NaN.</summary>
    public double ScoreOf(BacktestMetrics metrics)
    {
        double value = MetricTable.ValueOf(metrics, Metric);
        return Descending ? value : -value;
    }

    /// <summary>Orders better sets first: negative when <paramref name="x"/> ranks above <paramref name="y"/>; NaN ranks last.</summary>
    public int Compare(BacktestMetrics? x, BacktestMetrics? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        double a = ScoreOf(x), b = ScoreOf(y);
        bool aMissing = double.IsNaN(a), bMissing = double.IsNaN(b);
        if (aMissing || bMissing)
            return aMissing.CompareTo(bMissing);
        return b.CompareTo(a);
    }

    public override string ToString() => Descending ? Metric : "-" + Metric;
}
