using VixShield.Sweeps.Overfitting;

namespace VixShield.Reports.Model;

/// <summary>Is the best result real or luck: the Deflated Sharpe Ratio of the best set and the Probability of Backtest Overfitting (CSCV).</summary>
/// <param name="BestSetIndex">The set the Deflated Sharpe Ratio is about (the rank-1 set), or null when there is none.</param>
/// <param name="DeflatedSharpe">Null when not computable; then <paramref name="DeflatedSharpeMissing"/> says why.</param>
/// <param name="DeflatedSharpeMissing">Why the Deflated Sharpe Ratio could not be computed, in words (e.g. "only one set completed").</param>
/// <param name="Pbo">Null when not computable; its combinations carry the logits the histogram shows.</param>
/// <param name="PboMissing">Why PBO could not be computed, in words (e.g. "the sets carry no block returns").</param>
public sealed record OverfittingDiagnostics(
    long? BestSetIndex,
    DeflatedSharpeResult? DeflatedSharpe,
    string? DeflatedSharpeMissing,
    BacktestOverfittingResult? Pbo,
    string? PboMissing);
