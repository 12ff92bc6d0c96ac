namespace VixShield.Reports.Model;

/// <summary>Every completed set as IRR against max drawdown, with the Pareto front (no other set has both higher IRR and lower drawdown) marked.</summary>
public sealed record RiskReturnScatter(IReadOnlyList<ScatterPoint> Points)
{
    /// <summary>
    /// How many sets the scatter stands for: more than <see cref="Points"/> when a large sweep's points were thinned
    /// (the front and the table's sets are always drawn); 0 means all of them are drawn.
    /// </summary>
    public int SetCount { get; init; }
}

/// <summary>One set in the risk/return scatter.</summary>
/// <param name="Irr">Annual decimal (0.12 = 12%).</param>
/// <param name="MaxDrawdown">Fraction of the peak (0.25 = 25%).</param>
/// <param name="Rank">Its rank when it is in the results table, else null.</param>
public sealed record ScatterPoint(long SetIndex, double Irr, double MaxDrawdown, bool OnParetoFront, int? Rank);
