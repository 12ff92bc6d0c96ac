namespace VixShield.Sweeps.Overfitting;

/// <summary>The Deflated Sharpe Ratio of a selected strategy, with the inputs it was computed from.</summary>
/// <param name="ExpectedMaxSharpePerPeriod">SR₀: the highest per-period Sharpe ratio N trials of zero true Sharpe are expected to show.</param>
/// <param name="ProbabilisticSharpeRatio">PSR(0): the probability that the true Sharpe ratio is above zero, ignoring the selection.</param>
/// <param name="DeflatedSharpeRatio">PSR(SR₀): the probability that the true Sharpe ratio is above zero after the selection among N trials.</param>
public sealed record DeflatedSharpeResult(
    DeflatedSharpeInput Input,
    double ExpectedMaxSharpePerPeriod,
    double ProbabilisticSharpeRatio,
    double DeflatedSharpeRatio);
