namespace VixShield.Data.Synthetic;

/// <summary>
/// Surface SVI (Gatheral and Jacquier 2014) with the power-law φ(θ) = η / (θ^γ (1 + θ)^(1−γ)).
/// With 0 &lt; γ ≤ 1/2 and η(1 + |ρ|) ≤ 2 the surface has no static arbitrage (their Remark 4.4) given θ(T) non-decreasing.
/// </summary>
/// <param name="Rho">Smile skew: negative makes puts richer (SPX), positive makes calls richer (VIX).</param>
/// <param name="Eta">Curvature level η.</param>
/// <param name="Gamma">Power γ: how fast the smile flattens as total ATM variance grows.</param>
public sealed record SsviParameters(double Rho, double Eta, double Gamma)
{
    /// <summary>SPX: put skew.</summary>
    public static SsviParameters SpxDefault { get; } = new(-0.6, 1.2, 0.45);

    /// <summary>VIX options: call skew.</summary>
    public static SsviParameters VixDefault { get; } = new(0.85, 1.05, 0.5);

    internal IEnumerable<string> Problems(string name)
    {
        if (!(Math.Abs(Rho) < 1)) yield return $"{name}.Rho must be in (-1, 1) (got {Rho}).";
        if (!(Gamma > 0 && Gamma <= 0.5)) yield return $"{name}.Gamma must be in (0, 0.5] (got {Gamma}).";
        if (!(Eta > 0 && Eta * (1 + Math.Abs(Rho)) <= 2)) yield return $"{name}.Eta must be positive with Eta·(1 + |Rho|) ≤ 2 for no butterfly arbitrage (got Eta {Eta}, Rho {Rho}).";
    }
}
