using VixShield.Sweeps.OutOfSample;

namespace VixShield.Reports.Model;

/// <summary>The walk-forward: each window's in-sample choice and its out-of-sample result, and the stitched out-of-sample equity beside the full-period optimum.</summary>
/// <param name="Dates">Trading dates (yyyymmdd) of the out-of-sample periods, stitched in order.</param>
/// <param name="StitchedEquity">Dollars: equity trading each window's choice on its out-of-sample dates, chained from the starting capital.</param>
/// <param name="InSampleOptimumEquity">Dollars: the whole-period best set (chosen with hindsight) over the same dates, from the same starting capital.</param>
/// <param name="InSampleOptimumSetIndex">The set behind <paramref name="InSampleOptimumEquity"/>.</param>
public sealed record WalkForwardReport(
    IReadOnlyList<WalkForwardStep> Windows,
    int[] Dates,
    double[] StitchedEquity,
    double[] InSampleOptimumEquity,
    long InSampleOptimumSetIndex);

/// <summary>One walk-forward window: the set chosen on its in-sample period and how it did out of sample.</summary>
/// <param name="ChosenAxisValues">The chosen set's axis values, aligned with <see cref="ResultsTable.AxisNames"/>.</param>
/// <param name="InSampleScore">The rank_by metric of the chosen set on the in-sample period, native units.</param>
/// <param name="OutOfSampleReturn">Total return over the out-of-sample period, a fraction (0.05 = 5%).</param>
public sealed record WalkForwardStep(
    WalkForwardWindow Window,
    long ChosenSetIndex,
    IReadOnlyList<string> ChosenAxisValues,
    double InSampleScore,
    double OutOfSampleReturn);
