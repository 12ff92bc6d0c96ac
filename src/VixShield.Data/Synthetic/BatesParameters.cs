namespace VixShield.Data.Synthetic;

/// <summary>
/// The Bates (1996, 2000) model — Heston (1993) square-root variance plus Merton log-normal jumps in the index, with jump
/// intensity affine in the variance as in Pan (2002) — under the real-world measure P, with the risk-neutral measure Q
/// that prices VIX, VIX futures and the option surface.
/// </summary>
/// <remarks>
/// <para>P dynamics in business time t (model years of 252 sessions):
/// dS/S = (r − q + EquityPremium − λ_t·E[e^Y − 1]) dt + √v dW₁ + (e^Y − 1) dN, λ_t = λ₀ + λ₁v,
/// dv = κ(θ − v) dt + σ√v dW₂, corr(dW₁, dW₂) = ρ.</para>
/// <para>Q: the variance risk premium is Heston's price of risk proportional to v, so κ^Q·θ^Q = κ·θ with κ^Q &lt; κ
/// (θ^Q = κθ/κ^Q &gt; θ); σ and ρ are unchanged (Girsanov); jumps carry their own premium (larger, more negative
/// jumps under Q, after Pan 2002 and Broadie, Chernov and Johannes 2007). Defaults and sources: Synthetic/README.md.</para>
/// </remarks>
public sealed record BatesParameters
{
    /// <summary>κ under P, per year.</summary>
    public double MeanReversion { get; init; } = 6.0;

    /// <summary>θ under P: long-run diffusive variance, annual (0.024 ≈ 15.5% vol).</summary>
    public double LongRunVariance { get; init; } = 0.024;

    /// <summary>σ: volatility of variance, per √year.</summary>
    public double VolOfVariance { get; init; } = 0.45;

    /// <summary>ρ: correlation of index and variance shocks.</summary>
    public double Correlation { get; init; } = -0.8;

    /// <summary>Index jumps under P.</summary>
    public JumpParameters Jumps { get; init; } = new(0, 40, -0.03, 0.04);

    /// <summary>κ under Q, per year; below <see cref="MeanReversion"/> for a positive variance risk premium.</summary>
    public double RiskNeutralMeanReversion { get; init; } = 3.0;

    /// <summary>Index jumps under Q (the jump risk premium).</summary>
    public JumpParameters RiskNeutralJumps { get; init; } = new(0, 90, -0.06, 0.06);

    /// <summary>Expected excess return of the index over the risk-free rate under P, annual decimal.</summary>
    public double EquityPremium { get; init; } = 0.05;

    /// <summary>Continuous dividend yield q, annual decimal.</summary>
    public double DividendYield { get; init; } = 0.018;

    /// <summary>SPX level at the snapshot before the first simulated day, index points.</summary>
    public double InitialSpot { get; init; } = 2050.0;

    /// <summary>Spot variance v at the snapshot before the first simulated day, annual.</summary>
    public double InitialVariance { get; init; } = 0.014;

    /// <summary>θ^Q = κθ/κ^Q: the long-run diffusive variance under Q.</summary>
    public double RiskNeutralLongRunVariance => MeanReversion * LongRunVariance / RiskNeutralMeanReversion;

    internal IEnumerable<string> Problems()
    {
        if (!(MeanReversion > 0 && MeanReversion <= 50)) yield return $"Model.MeanReversion must be in (0, 50] per year (got {MeanReversion}).";
        if (!(LongRunVariance > 0 && LongRunVariance <= 1)) yield return $"Model.LongRunVariance must be in (0, 1] (got {LongRunVariance}).";
        if (!(VolOfVariance > 0 && VolOfVariance <= 3)) yield return $"Model.VolOfVariance must be in (0, 3] (got {VolOfVariance}).";
        if (!(Correlation > -1 && Correlation < 1)) yield return $"Model.Correlation must be in (-1, 1) (got {Correlation}).";
        if (!(RiskNeutralMeanReversion > 0 && RiskNeutralMeanReversion <= 50)) yield return $"Model.RiskNeutralMeanReversion must be in (0, 50] per year (got {RiskNeutralMeanReversion}).";
        if (!(Math.Abs(EquityPremium) <= 0.5)) yield return $"Model.EquityPremium must be in [-0.5, 0.5] (got {EquityPremium}).";
        if (!(DividendYield >= 0 && DividendYield <= 0.2)) yield return $"Model.DividendYield must be in [0, 0.2] (got {DividendYield}).";
        if (!(InitialSpot > 0 && InitialSpot < 1e6)) yield return $"Model.InitialSpot must be positive index points (got {InitialSpot}).";
        if (!(InitialVariance >= 0 && InitialVariance <= 4)) yield return $"Model.InitialVariance must be in [0, 4] (got {InitialVariance}).";
        foreach (var p in Jumps.Problems("Model.Jumps")) yield return p;
        foreach (var p in RiskNeutralJumps.Problems("Model.RiskNeutralJumps")) yield return p;
    }
}
