using VixShield.Core.Pricing;

namespace VixShield.Data.Synthetic;

/// <summary>
/// An SSVI implied-volatility surface (Gatheral and Jacquier 2014): total implied variance at log-moneyness k = ln(K/F)
/// and ATM total variance θ is w(k, θ) = θ/2·(1 + ρφk + √((φk + ρ)² + 1 − ρ²)), φ = φ(θ) the power law of <see cref="SsviParameters"/>.
/// </summary>
/// <remarks>θ(T) comes from the model (the level whose log contract prices the Q expected variance), so it is
/// non-decreasing in T: no calendar arbitrage.</remarks>
public sealed class SsviSurface
{
    // ln θ → ln L(θ) on a fixed grid, built on first use: inverting the log contract must be cheap (≈ 130 k slices a decade).
    private const double GridLowest = 1e-9, GridStep = 0.1;
    private const int GridNodes = 220;
    private readonly double _rho, _eta, _gamma;
    private readonly Lazy<double[]> _logContractGrid;

    public SsviSurface(SsviParameters parameters)
    {
        Parameters = parameters;
        _rho = parameters.Rho;
        _eta = parameters.Eta;
        _gamma = parameters.Gamma;
        _logContractGrid = new Lazy<double[]>(BuildLogContractGrid);
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
    /// Total variance of the log contract on a slice with ATM total variance θ — what the Cboe VIX strip measures:
    /// E[−2 ln(F_T/F)] = 2∫₀^F P(K)/K² dK + 2∫_F^∞ C(K)/K² dK with forward (undiscounted) Black prices.
    /// </summary>
    /// <remarks>Trapezoid rule in k = ln(K/F) with steps of √θ/50, outwards from the money until the integrand is
    /// negligible; each side is smooth (the kink at k = 0 is a node), so the error is far below a basis point of vol.</remarks>
    public double LogContractVariance(double atmTotalVariance)
    {
        if (atmTotalVariance <= 0)
            return 0;
        double h = Math.Sqrt(atmTotalVariance) / 50;
        double sum = 0.5 * (OutOfTheMoney(0) + OutOfTheMoney(0));
        foreach (int side in (ReadOnlySpan<int>)[-1, 1])
        {
            for (int i = 1; i <= 200_000; i++)
            {
                double f = OutOfTheMoney(side * i * h);
                sum += f;
                if (f < 1e-13 * atmTotalVariance && i > 50)
                    break;
            }
        }

        return 2 * h * sum;

        // The OTM forward price over K, per unit of forward, in k: put e^k N(−d₂) − N(−d₁), call N(d₁) − e^k N(d₂), times e^(−k).
        double OutOfTheMoney(double k)
        {
            double w = TotalVariance(k, atmTotalVariance), s = Math.Sqrt(w);
            double d1 = -k / s + 0.5 * s, d2 = d1 - s;
            return k < 0
                ? StandardNormal.Cdf(-d2) - Math.Exp(-k) * StandardNormal.Cdf(-d1)
                : Math.Exp(-k) * StandardNormal.Cdf(d1) - StandardNormal.Cdf(d2);
        }
    }

    /// <summary>
    /// The ATM total variance θ whose slice has log-contract variance <paramref name="logContractVariance"/>: the inverse
    /// of <see cref="LogContractVariance"/>, so a surface can be pinned to a model's expected variance-swap payoff.
    /// </summary>
    /// <remarks>L(θ) is increasing (w(k, θ) grows with θ at every k), so the inverse is unique and increasing — a
    /// non-decreasing L(T) gives a non-decreasing θ(T), keeping the surface free of calendar arbitrage. Piecewise linear
    /// in (ln θ, ln L) between grid nodes; outside the grid L/θ is held at its end value.</remarks>
    public double AtmVarianceForLogContract(double logContractVariance)
    {
        if (logContractVariance <= 0)
            return 0;
        var logL = _logContractGrid.Value;
        double y = Math.Log(logContractVariance);
        double lowestLogTheta = Math.Log(GridLowest);
        if (y <= logL[0])
            return Math.Exp(y - logL[0] + lowestLogTheta);
        if (y >= logL[^1])
            return Math.Exp(y - logL[^1] + lowestLogTheta + (GridNodes - 1) * GridStep);
        int i = Array.BinarySearch(logL, y);
        if (i < 0)
            i = ~i - 1;
        double share = i + 1 < GridNodes ? (y - logL[i]) / (logL[i + 1] - logL[i]) : 0;
        return Math.Exp(lowestLogTheta + (i + share) * GridStep);
    }

    private double[] BuildLogContractGrid()
    {
        var logL = new double[GridNodes];
        for (int i = 0; i < GridNodes; i++)
            logL[i] = Math.Log(LogContractVariance(GridLowest * Math.Exp(i * GridStep)));
        return logL;
    }

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
