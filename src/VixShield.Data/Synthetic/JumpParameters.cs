namespace VixShield.Data.Synthetic;

/// <summary>
/// Merton log-normal jumps in the index with affine intensity λ_t = λ₀ + λ₁·v_t jumps per (business) year
/// (Bates 2000, Pan 2002), log jump size Y ~ N(mean, volatility²).
/// </summary>
/// <param name="BaseIntensity">λ₀: jumps per year whatever the variance.</param>
/// <param name="VarianceIntensity">λ₁: jumps per year per unit of spot variance (at v = 0.04, λ₁·v jumps a year).</param>
/// <param name="MeanLogJump">Mean of the log jump size (−0.03 ≈ a 3% average drop).</param>
/// <param name="LogJumpVolatility">Standard deviation of the log jump size.</param>
public sealed record JumpParameters(double BaseIntensity, double VarianceIntensity, double MeanLogJump, double LogJumpVolatility)
{
    /// <summary>k̄ = E[e^Y − 1]: the mean relative price change of one jump, which the drift compensates.</summary>
    public double MeanRelativeJump => Math.Exp(MeanLogJump + 0.5 * LogJumpVolatility * LogJumpVolatility) - 1;

    /// <summary>2·E[e^Y − 1 − Y]: one jump's contribution to the variance swap (log contract) payoff.</summary>
    public double VarianceSwapPerJump => 2 * (MeanRelativeJump - MeanLogJump);

    /// <summary>E[Y²]: one jump's contribution to the quadratic variation of log returns.</summary>
    public double SquaredLogJump => MeanLogJump * MeanLogJump + LogJumpVolatility * LogJumpVolatility;

    /// <summary>Jump intensity (per year) at spot variance <paramref name="variance"/>.</summary>
    public double Intensity(double variance) => BaseIntensity + VarianceIntensity * Math.Max(variance, 0);

    internal IEnumerable<string> Problems(string name)
    {
        if (!(BaseIntensity >= 0 && BaseIntensity <= 50))
            yield return $"{name}.BaseIntensity must be in [0, 50] jumps per year (got {BaseIntensity}).";
        if (!(VarianceIntensity >= 0 && VarianceIntensity <= 1000))
            yield return $"{name}.VarianceIntensity must be in [0, 1000] jumps per year per unit variance (got {VarianceIntensity}).";
        if (!(Math.Abs(MeanLogJump) <= 0.5))
            yield return $"{name}.MeanLogJump must be in [-0.5, 0.5] (got {MeanLogJump}).";
        if (!(LogJumpVolatility >= 0 && LogJumpVolatility <= 0.5))
            yield return $"{name}.LogJumpVolatility must be in [0, 0.5] (got {LogJumpVolatility}).";
    }
}
