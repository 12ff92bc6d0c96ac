namespace VixShield.Core.Engine;

/// <summary>STRATEGY.md §7's metrics of one backtest. Fractions are decimals (0.12 = 12%), money is dollars; NaN = undefined.</summary>
/// <param name="Irr">XIRR of the capital committed (condor max loss, hedge premium), annual decimal, actual/365.</param>
/// <param name="Cagr">Account growth from the starting capital to the final equity, annual decimal over calendar days.</param>
/// <param name="MaxDrawdown">Largest peak-to-trough fall of daily equity as a fraction of the peak.</param>
/// <param name="MaxDrawdownDays">Longest time under water, trading days (snapshots).</param>
/// <param name="Sharpe">Annualised (×√252) from daily returns in excess of the dataset's risk-free rate.</param>
/// <param name="Sortino">As Sharpe, over downside deviation.</param>
/// <param name="Calmar">Cagr / MaxDrawdown.</param>
/// <param name="WinRate">Fraction of closed condors with a positive net result.</param>
/// <param name="ProfitFactor">Gross profit of winning condors over gross loss of losing ones.</param>
/// <param name="AvgTrade">Mean net result per closed condor, dollars.</param>
/// <param name="WorstTrade">Worst net result of a closed condor, dollars.</param>
/// <param name="Cvar95">Mean of the worst 5% of daily returns (a daily fraction).</param>
/// <param name="HedgeCostShare">Hedge premium spent / condor credit collected.</param>
/// <param name="Trades">Closed condors.</param>
/// <param name="HedgeLayers">Hedge layers opened.</param>
/// <param name="FinalEquity">Equity at the last snapshot, dollars.</param>
public sealed record BacktestMetrics(
    double Irr, double Cagr, double MaxDrawdown, int MaxDrawdownDays, double Sharpe, double Sortino, double Calmar,
    double WinRate, double ProfitFactor, double AvgTrade, double WorstTrade, double Cvar95, double HedgeCostShare,
    int Trades, int HedgeLayers, double FinalEquity);
