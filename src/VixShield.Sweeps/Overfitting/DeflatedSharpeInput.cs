namespace VixShield.Sweeps.Overfitting;

/// <summary>What the Deflated Sharpe Ratio of one selected strategy needs; every Sharpe figure is per period (per trading day), not annualized.</summary>
/// <param name="SharpePerPeriod">The selected strategy's observed Sharpe ratio: mean over standard deviation of its per-period returns.</param>
/// <param name="ReturnCount">T, how many per-period returns that Sharpe ratio was measured on (at least 2).</param>
/// <param name="Skewness">Skewness of those returns (0 for a normal distribution).</param>
/// <param name="Kurtosis">Kurtosis of those returns, not excess (3 for a normal distribution).</param>
/// <param name="TrialCount">N, how many strategies (parameter sets) were tried before this one was selected (at least 1).</param>
/// <param name="TrialSharpeVariancePerPeriod">V, the variance across the N trials of their per-period Sharpe ratios.</param>
public sealed record DeflatedSharpeInput(
    double SharpePerPeriod,
    int ReturnCount,
    double Skewness,
    double Kurtosis,
    int TrialCount,
    double TrialSharpeVariancePerPeriod)
{
    /// <summary>
    /// The input from annualized figures: an annualized Sharpe is the per-period one × √periodsPerYear, so the Sharpe is
    /// divided by √periodsPerYear and the variance of the trials' Sharpe ratios by periodsPerYear.
    /// </summary>
    /// <param name="periodsPerYear">Trading days a year the annualization used (the engine uses 252; the paper's example 250).</param>
    public static DeflatedSharpeInput FromAnnualized(
        double sharpeAnnualized,
        double trialSharpeVarianceAnnualized,
        double periodsPerYear,
        int returnCount,
        double skewness,
        double kurtosis,
        int trialCount)
    {
        if (!(periodsPerYear > 0) || double.IsInfinity(periodsPerYear))
            throw new ArgumentOutOfRangeException(nameof(periodsPerYear), periodsPerYear, "must be a positive finite number of periods a year");
        return new DeflatedSharpeInput(
            sharpeAnnualized / Math.Sqrt(periodsPerYear), returnCount, skewness, kurtosis, trialCount,
            trialSharpeVarianceAnnualized / periodsPerYear);
    }

    /// <summary>The input for a strategy whose returns have <paramref name="moments"/>, selected among <paramref name="trialCount"/> trials.</summary>
    public static DeflatedSharpeInput From(ReturnMoments moments, int trialCount, double trialSharpeVariancePerPeriod)
    {
        ArgumentNullException.ThrowIfNull(moments);
        return new DeflatedSharpeInput(
            moments.SharpePerPeriod, moments.Count, moments.Skewness, moments.Kurtosis, trialCount, trialSharpeVariancePerPeriod);
    }
}
