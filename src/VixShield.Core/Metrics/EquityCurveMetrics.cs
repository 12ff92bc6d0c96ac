namespace VixShield.Core.Metrics;

/// <summary>Risk and return of one backtest's daily equity curve; see <see cref="EquityCurve.Measure(ReadOnlySpan{double}, ReadOnlySpan{int}, double, double)"/>.</summary>
/// <param name="Cagr">Compound annual growth from the starting capital to the last equity, annual decimal, over calendar days / 365.25.</param>
/// <param name="MaxDrawdown">Largest fall from a running peak as a fraction of that peak (0.25 = 25%); 0 when equity never fell.</param>
/// <param name="MaxDrawdownDays">Longest run of consecutive snapshots (trading days) with equity below its running peak.</param>
/// <param name="Sharpe">Mean over sample standard deviation of daily excess returns, × √252.</param>
/// <param name="Sortino">Mean daily excess return over the downside deviation (root mean square of negative excess returns over all days), × √252.</param>
/// <param name="Cvar95">Mean of the worst 5% of daily returns (a daily return, negative in a losing tail), not annualized.</param>
/// <param name="Calmar">Cagr / MaxDrawdown.</param>
/// <param name="Returns">Number of daily returns: one per snapshot, the first measured from the starting capital.</param>
/// <remarks>A statistic that is undefined for the curve (no dispersion, no drawdown, no elapsed days, too few returns) is NaN.</remarks>
public readonly record struct EquityCurveMetrics(
    double Cagr,
    double MaxDrawdown,
    int MaxDrawdownDays,
    double Sharpe,
    double Sortino,
    double Cvar95,
    double Calmar,
    int Returns);
