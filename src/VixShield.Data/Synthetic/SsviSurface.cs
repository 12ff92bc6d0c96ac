namespace VixShield.Data.Synthetic;

/// <summary>
/// An SSVI implied-volatility surface (Gatheral and Jacquier 2014): total implied variance at log-moneyness k = ln(K/F)
/// and ATM total variance θ is w(k, θ) = θ/2·(1 + ρφk + √((φk + ρ)² + 1 − ρ²)), φ = φ(θ) the power law of <see cref="SsviParameters"/>.
/// </summary>
/// <remarks>θ(T) comes from the model (expected Q integrated variance), so it is non-decreasing in T: no calendar arbitrage.</remarks>
public sealed class SsviSurface
{
    private readonly double _rho, _eta, _gamma;

    public SsviSurface(SsviParameters parameters)
    {
        Parameters = parameters;
        _rho = parameters.Rho;
        _eta = parameters.Eta;
        _gamma = parameters.Gamma;
    }

    public SsviParameters Parameters { get; }

    /// <summary>φ(θ) = η / (θ^γ (1 + θ)^(1−γ)).</summary>
    public double Phi(double atmTotalVariance) =>
        _eta / (Math.Pow(atmTotalVariance, _gamma) * Math.Pow(1 + atmTotalVariance, 1 - _gamma));

    /// <summary>Total implied variance w = σ²T at log-moneyness <paramref name="k"/>.</summary>
    public double TotalVariance(double k, double atmTotalVariance)
    {
        if (atmTotalVariance <= 0)
            return 0;
        double phiK = Phi(atmTotalVariance) * k;
        return 0.5 * atmTotalVariance * (1 + _rho * phiK + Math.Sqrt((phiK + _rho) * (phiK + _rho) + 1 - _rho * _rho));
    }

    /// <summary>Black-Scholes implied volatility (annual decimal) for <paramref name="years"/> of quoting time.</summary>
    public double ImpliedVol(double k, double atmTotalVariance, double years) =>
        years > 0 ? Math.Sqrt(TotalVariance(k, atmTotalVariance) / years) : 0;

    /// <summary>
    /// Gatheral's butterfly density g(k) = (1 − k w′/(2w))² − (w′²/4)(1/w + 1/4) + w″/2; the slice has no butterfly
    /// arbitrage where g ≥ 0 (the risk-neutral density is g/√(2πw)·e^(−d₂²/2)).
    /// </summary>
    public double ButterflyDensity(double k, double atmTotalVariance)
    {
        double theta = atmTotalVariance, phi = Phi(theta), rho = _rho;
        double x = phi * k + rho, root = Math.Sqrt(x * x + 1 - rho * rho);
        double w = 0.5 * theta * (1 + rho * phi * k + root);
        double w1 = 0.5 * theta * phi * (rho + x / root);
        double w2 = 0.5 * theta * phi * phi * (1 - rho * rho) / (root * root * root);
        double a = 1 - k * w1 / (2 * w);
        return a * a - w1 * w1 / 4 * (1 / w + 0.25) + w2 / 2;
    }
}
