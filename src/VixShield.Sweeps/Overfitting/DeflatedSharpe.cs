using VixShield.Core.Pricing;

namespace VixShield.Sweeps.Overfitting;

/// <summary>
/// The Probabilistic and Deflated Sharpe Ratios of Bailey and López de Prado (2014), "The Deflated Sharpe Ratio: Correcting
/// for Selection Bias, Backtest Overfitting and Non-Normality". Every Sharpe ratio here is per period, not annualized.
/// </summary>
public static class DeflatedSharpe
{
    /// <summary>γ, the Euler–Mascheroni constant.</summary>
    public const double EulerMascheroni = 0.57721566490153286;

    /// <summary>
    /// SR₀ = √V · ((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))): the expected maximum of N Sharpe ratios of true Sharpe zero whose
    /// spread across trials has variance V. One trial is not a selection, so N = 1 gives 0 (where the formula would give −∞).
    /// </summary>
    /// <param name="trialSharpeVariance">V, in the square of the Sharpe unit wanted back (per-period variance gives a per-period SR₀).</param>
    public static double ExpectedMaxSharpe(int trialCount, double trialSharpeVariance)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trialCount);
        if (!(trialSharpeVariance >= 0) || double.IsInfinity(trialSharpeVariance))
            throw new ArgumentOutOfRangeException(nameof(trialSharpeVariance), trialSharpeVariance, "must be a finite variance ≥ 0");
        if (trialCount == 1)
            return 0;
        double n = trialCount;
        double factor = (1 - EulerMascheroni) * StandardNormal.InverseCdf(1 - 1 / n)
            + EulerMascheroni * StandardNormal.InverseCdf(1 - 1 / (n * Math.E));
        return Math.Sqrt(trialSharpeVariance) * factor;
    }

    /// <summary>
    /// PSR(SR*) = Φ((SR − SR*)·√(T − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²)): the probability that the true Sharpe ratio is
    /// above SR*, given the observed SR over T returns of skewness γ₃ and (non-excess) kurtosis γ₄.
    /// </summary>
    public static double Probabilistic(
        double sharpePerPeriod, double benchmarkSharpePerPeriod, int returnCount, double skewness, double kurtosis)
    {
        if (!double.IsFinite(sharpePerPeriod))
            throw new ArgumentOutOfRangeException(nameof(sharpePerPeriod), sharpePerPeriod, "must be finite");
        if (!double.IsFinite(benchmarkSharpePerPeriod))
            throw new ArgumentOutOfRangeException(nameof(benchmarkSharpePerPeriod), benchmarkSharpePerPeriod, "must be finite");
        if (returnCount < 2)
            throw new ArgumentOutOfRangeException(nameof(returnCount), returnCount, "needs at least 2 returns");
        if (!double.IsFinite(skewness))
            throw new ArgumentOutOfRangeException(nameof(skewness), skewness, "must be finite");
        if (!double.IsFinite(kurtosis))
            throw new ArgumentOutOfRangeException(nameof(kurtosis), kurtosis, "must be finite");

        // The variance of the Sharpe estimator, × (T − 1). Any real distribution has kurtosis ≥ 1 + skewness², which keeps
        // it positive; a non-positive value means the moments cannot belong together.
        double spread = 1 - skewness * sharpePerPeriod + (kurtosis - 1) / 4 * sharpePerPeriod * sharpePerPeriod;
        if (!(spread > 0))
            throw new ArgumentException(
                $"skewness {skewness} and kurtosis {kurtosis} give a non-positive Sharpe variance at SR {sharpePerPeriod}; kurtosis must be at least 1 + skewness²",
                nameof(kurtosis));
        double z = (sharpePerPeriod - benchmarkSharpePerPeriod) * Math.Sqrt(returnCount - 1.0) / Math.Sqrt(spread);
        return StandardNormal.Cdf(z);
    }

    /// <summary>SR₀ for the input's trials, PSR against zero, and DSR = PSR(SR₀).</summary>
    public static DeflatedSharpeResult Compute(DeflatedSharpeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        double expectedMax = ExpectedMaxSharpe(input.TrialCount, input.TrialSharpeVariancePerPeriod);
        double psr = Probabilistic(input.SharpePerPeriod, 0, input.ReturnCount, input.Skewness, input.Kurtosis);
        double dsr = Probabilistic(input.SharpePerPeriod, expectedMax, input.ReturnCount, input.Skewness, input.Kurtosis);
        return new DeflatedSharpeResult(input, expectedMax, psr, dsr);
    }
}
