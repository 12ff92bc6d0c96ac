using VixShield.Reports.Model;

namespace VixShield.Reports.Building;

/// <summary>
/// The IRR / max drawdown scatter of every completed set with both defined, and its Pareto front: the sets no other set
/// beats on one and matches or beats on the other (higher IRR, lower drawdown). Equal points are on the front together.
/// </summary>
internal static class ParetoFront
{
    /// <summary>
    /// Points drawn at most: beyond this the page grows by ~130 bytes a point (the 48,960-set example's index was 6.4 MB)
    /// and a scatter that dense shows a cloud, not more information.
    /// </summary>
    public const int MaxPoints = 10_000;

    public static RiskReturnScatter Build(SweepPoints points, IReadOnlyDictionary<long, int> ranks, int maxPoints = MaxPoints)
    {
        var rows = Enumerable.Range(0, points.Count)
            .Where(r => double.IsFinite(points.Metrics[r].Irr) && double.IsFinite(points.Metrics[r].MaxDrawdown))
            .ToArray();
        bool[] front = OnFront(rows.Select(r => (points.Metrics[r].Irr, points.Metrics[r].MaxDrawdown)).ToArray());
        var all = rows.Select((r, i) => new ScatterPoint(
            points.Indices[r], points.Metrics[r].Irr, points.Metrics[r].MaxDrawdown, front[i],
            ranks.TryGetValue(points.Indices[r], out int rank) ? rank : null)).ToArray();
        return all.Length <= maxPoints
            ? new RiskReturnScatter(all)
            : new RiskReturnScatter(Thinned(all, maxPoints)) { SetCount = all.Length };
    }

    /// <summary>
    /// Every front and table point, and an even stride through the others (in set order, so the same sweep draws the
    /// same points) up to <paramref name="maxPoints"/> in all.
    /// </summary>
    private static ScatterPoint[] Thinned(ScatterPoint[] all, int maxPoints)
    {
        var kept = all.Where(p => p.OnParetoFront || p.Rank is not null).ToList();
        var others = all.Where(p => !p.OnParetoFront && p.Rank is null).ToArray();
        int room = Math.Max(0, maxPoints - kept.Count);
        for (int k = 0; k < room && others.Length > 0; k++)
            kept.Add(others[(int)((long)k * others.Length / room)]);
        return kept.OrderBy(p => p.SetIndex).ToArray();
    }

    /// <summary>For each point, whether no other point has irr ≥ and drawdown ≤ with one of them strict.</summary>
    internal static bool[] OnFront(IReadOnlyList<(double Irr, double Drawdown)> points)
    {
        // Highest IRR first; within one IRR the lowest drawdown first. A point is on the front when its drawdown is the
        // lowest of its IRR and below every drawdown seen at a strictly higher IRR.
        int[] order = Enumerable.Range(0, points.Count)
            .OrderByDescending(i => points[i].Irr).ThenBy(i => points[i].Drawdown).ToArray();
        var front = new bool[points.Count];
        double lowestAbove = double.PositiveInfinity;
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end < order.Length && points[order[end]].Irr == points[order[start]].Irr)
                end++;
            double lowestHere = points[order[start]].Drawdown;
            for (int k = start; k < end; k++)
                front[order[k]] = points[order[k]].Drawdown == lowestHere && lowestHere < lowestAbove;
            lowestAbove = Math.Min(lowestAbove, lowestHere);
            start = end;
        }

        return front;
    }
}
