namespace VixShield.Sweeps.Overfitting;

/// <summary>The Probability of Backtest Overfitting of a set of strategies by CSCV, with the per-combination outcomes behind it.</summary>
/// <param name="Probability">PBO: the fraction of combinations whose in-sample best ranks at or below the out-of-sample median (λ ≤ 0).</param>
/// <param name="ProbabilityOfLoss">The fraction of combinations whose in-sample best has a negative out-of-sample Sharpe ratio.</param>
/// <param name="DegradationSlope">
/// Least-squares slope of the selected strategy's out-of-sample on its in-sample per-period Sharpe across combinations
/// (negative or near 0: the in-sample edge does not carry over); NaN when fewer than two combinations have finite Sharpe
/// ratios on both sides or the in-sample ones do not vary.
/// </param>
/// <param name="DegradationIntercept">The intercept of that line, per period.</param>
/// <param name="Combinations">One outcome per combination, in lexicographic order of the in-sample blocks.</param>
public sealed record BacktestOverfittingResult(
    int StrategyCount,
    int BlockCount,
    double Probability,
    LogitSummary Logits,
    double ProbabilityOfLoss,
    double DegradationSlope,
    double DegradationIntercept,
    IReadOnlyList<CombinationOutcome> Combinations);
