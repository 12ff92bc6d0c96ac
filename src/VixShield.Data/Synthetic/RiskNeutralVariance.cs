namespace VixShield.Data.Synthetic;

/// <summary>
/// Closed-form Q expectations of the Bates model's variance: expected integrated variance, VIX and VIX3M.
/// Horizons are model (business) years; VIX and VIX3M use 30/365 and 93/365 of a year as their horizons.
/// </summary>
/// <remarks>
/// <para>For the square-root variance, E^Q[v_s] = θ^Q + (v − θ^Q)e^(−κ^Q s), so
/// E^Q[∫₀^τ v_s ds] = θ^Q τ + (v − θ^Q)(1 − e^(−κ^Q τ))/κ^Q.</para>
/// <para>The VIX squared is the risk-neutral expected variance of a log contract over τ (Carr and Wu 2009; Duan and Yeh 2010):
/// with jump intensity λ₀ + λ₁v, VIX²(τ) = (1 + λ₁m)·E^Q[∫₀^τ v_s ds]/τ + λ₀m, m = 2E^Q[e^Y − 1 − Y],
/// = A(τ) + B(τ)·v, affine in the spot variance v.</para>
/// </remarks>
public sealed class RiskNeutralVariance
{
    /// <summary>The VIX horizon: 30 calendar days, used as model years.</summary>
    public const double VixYears = 30.0 / 365.0;

    /// <summary>The VIX3M horizon: 93 calendar days, used as model years.</summary>
    public const double Vix3mYears = 93.0 / 365.0;

    public RiskNeutralVariance(BatesParameters model)
    {
        MeanReversion = model.RiskNeutralMeanReversion;
        LongRunVariance = model.RiskNeutralLongRunVariance;
        VolOfVariance = model.VolOfVariance;
        var jumps = model.RiskNeutralJumps;
        JumpVarianceRate = jumps.BaseIntensity * jumps.VarianceSwapPerJump;
        JumpVarianceLoading = 1 + jumps.VarianceIntensity * jumps.VarianceSwapPerJump;
        (VixA, VixB) = Coefficients(VixYears);
    }

    public double MeanReversion { get; }

    public double LongRunVariance { get; }

    public double VolOfVariance { get; }

    /// <summary>λ₀m: the jumps' constant contribution to VIX², per year.</summary>
    public double JumpVarianceRate { get; }

    /// <summary>1 + λ₁m: how much the jumps scale the diffusive part of VIX².</summary>
    public double JumpVarianceLoading { get; }

    /// <summary>VIX² (annual decimal) = <see cref="VixA"/> + <see cref="VixB"/>·v.</summary>
    public double VixA { get; }

    public double VixB { get; }

    /// <summary>E^Q[∫₀^τ v_s ds]: expected diffusive total variance over <paramref name="years"/> model years.</summary>
    public double ExpectedIntegratedVariance(double variance, double years)
    {
        if (years <= 0)
            return 0;
        return years * (LongRunVariance + (variance - LongRunVariance) * DecayShare(MeanReversion * years));
    }

    /// <summary>
    /// E^Q of the log contract's payoff −2 ln(F_τ/F₀) over <paramref name="years"/> model years — diffusive variance plus
    /// the Q jumps' 2E[e^Y − 1 − Y] per jump — which is VIX²(τ)·τ; the SPX surface is pinned to it.
    /// </summary>
    public double ExpectedLogContractVariance(double variance, double years)
    {
        if (years <= 0)
            return 0;
        var (a, b) = Coefficients(years);
        return years * (a + b * Math.Max(variance, 0));
    }

    /// <summary>A(τ), B(τ) with VIX²(τ) = A + B·v.</summary>
    public (double A, double B) Coefficients(double years)
    {
        double b = DecayShare(MeanReversion * years);
        return (JumpVarianceLoading * LongRunVariance * (1 - b) + JumpVarianceRate, JumpVarianceLoading * b);
    }

    /// <summary>The model's volatility index over <paramref name="years"/>, in vol points (100 × annual vol).</summary>
    public double VolatilityIndex(double variance, double years)
    {
        var (a, b) = Coefficients(years);
        return 100 * Math.Sqrt(a + b * Math.Max(variance, 0));
    }

    /// <summary>VIX in vol points.</summary>
    public double Vix(double variance) => 100 * Math.Sqrt(VixA + VixB * Math.Max(variance, 0));

    /// <summary>VIX3M in vol points.</summary>
    public double Vix3m(double variance) => VolatilityIndex(variance, Vix3mYears);

    // (1 − e^(−x))/x, accurate for small x.
    private static double DecayShare(double x) =>
        x < 1e-4 ? 1 - x / 2 + x * x / 6 : (1 - Math.Exp(-x)) / x;
}
