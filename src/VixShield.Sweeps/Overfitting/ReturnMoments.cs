namespace VixShield.Sweeps.Overfitting;

/// <summary>The first four moments of a series of per-period (daily) returns, as the Probabilistic and Deflated Sharpe Ratios need them.</summary>
/// <param name="Mean">Mean return per period.</param>
/// <param name="StandardDeviation">Sample standard deviation per period (divides by count − 1, as the engine's Sharpe does).</param>
/// <param name="Skewness">m₃ / m₂^1.5 with m_k = mean of (r − mean)^k; NaN when every return is the same.</param>
/// <param name="Kurtosis">m₄ / m₂², not excess (3 for a normal distribution); NaN when every return is the same.</param>
public sealed record ReturnMoments(int Count, double Mean, double StandardDeviation, double Skewness, double Kurtosis)
{
    /// <summary>Mean over standard deviation, per period (not annualized); NaN when the deviation is zero, as in the engine's metrics.</summary>
    public double SharpePerPeriod => StandardDeviation > 0 ? Mean / StandardDeviation : double.NaN;

    /// <summary>The moments of at least two finite per-period returns.</summary>
    public static ReturnMoments Of(ReadOnlySpan<double> returns)
    {
        if (returns.Length < 2)
            throw new ArgumentException($"moments need at least 2 returns; got {returns.Length}", nameof(returns));
        double sum = 0;
        for (int i = 0; i < returns.Length; i++)
        {
            if (!double.IsFinite(returns[i]))
                throw new ArgumentException($"return {i} is {returns[i]}; every return must be finite", nameof(returns));
            sum += returns[i];
        }

        // Two passes: central moments from deviations, not from raw power sums, which cancel badly when the mean is large.
        int n = returns.Length;
        double mean = sum / n, m2 = 0, m3 = 0, m4 = 0;
        foreach (double r in returns)
        {
            double d = r - mean, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }

        double stdev = Math.Sqrt(m2 / (n - 1));
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double skewness = m2 > 0 ? m3 / (m2 * Math.Sqrt(m2)) : double.NaN;
        double kurtosis = m2 > 0 ? m4 / (m2 * m2) : double.NaN;
        return new ReturnMoments(n, mean, stdev, skewness, kurtosis);
    }
}
