namespace VixShield.Data.Synthetic;

/// <summary>
/// VIX futures under the model: F = E^Q[VIX_T], computed exactly (to quadrature error) from the Laplace transform of
/// the square-root variance, and the lognormal-equivalent volatility of VIX_T used for VIX options.
/// </summary>
/// <remarks>
/// <para>At expiry VIX_T = 100·√X with X = A + B·v_T (<see cref="RiskNeutralVariance"/>). Because √x = (1/(2√π))∫₀^∞ (1 − e^(−sx)) s^(−3/2) ds,
/// E[√X] = (1/√π)∫₀^∞ (1 − L(u²))/u² du with L(s) = E^Q[e^(−sX)], which for the square-root process is
/// L(s) = e^(−sA) (1 + 2sBc)^(−2κθ/σ²) exp(−sB·v·e^(−κΔ)/(1 + 2sBc)), c = σ²(1 − e^(−κΔ))/(4κ)
/// (the non-central χ² transition of Cox, Ingersoll and Ross 1985; the formula for VIX futures is that of Zhu and Lian 2012).
/// The integral is taken by the trapezoidal rule in log u, which converges geometrically here.</para>
/// <para>The convexity adjustment is F ≤ √(E[VIX_T²]) = 100·√(A + B·E[v_T]) (Jensen); the gap grows with σ and the horizon.</para>
/// </remarks>
public sealed class VixFutureValuation
{
    private const double Step = 0.125, LowestLogU = -16, HighestLogU = 14;
    private static readonly double InvSqrtPi = 1 / Math.Sqrt(Math.PI);
    private readonly RiskNeutralVariance _q;

    public VixFutureValuation(RiskNeutralVariance riskNeutral) => _q = riskNeutral;

    /// <summary>E^Q[VIX_T] in vol points, for spot variance <paramref name="variance"/> and <paramref name="years"/> model years to expiry.</summary>
    public double Future(double variance, double years)
    {
        variance = Math.Max(variance, 0);
        if (years <= 0)
            return _q.Vix(variance);
        double k = _q.MeanReversion, theta = _q.LongRunVariance, sigma = _q.VolOfVariance;
        double a = _q.VixA, b = _q.VixB;
        double decay = Math.Exp(-k * years);
        double c = sigma * sigma * (1 - decay) / (4 * k);
        double shape = 2 * k * theta / (sigma * sigma);
        double meanX = a + b * (theta + (variance - theta) * decay);
        double u0 = 1 / Math.Sqrt(meanX);
        double sum = 0;
        for (double x = LowestLogU; x <= HighestLogU + 1e-9; x += Step)
        {
            double u = u0 * Math.Exp(x);
            double s = u * u;
            double denom = 1 + 2 * s * b * c;
            double logL = -s * a - shape * LogOnePlus(2 * s * b * c) - s * b * variance * decay / denom;
            sum += OneMinusExp(logL) / u;
        }

        double tail = 1 / (u0 * Math.Exp(HighestLogU));
        return 100 * InvSqrtPi * (sum * Step + tail);
    }

    /// <summary>√(E^Q[VIX_T²]) in vol points: the future before the convexity adjustment.</summary>
    public double RootMeanSquare(double variance, double years)
    {
        double decay = Math.Exp(-_q.MeanReversion * Math.Max(years, 0));
        double meanV = _q.LongRunVariance + (Math.Max(variance, 0) - _q.LongRunVariance) * decay;
        return 100 * Math.Sqrt(_q.VixA + _q.VixB * meanV);
    }

    /// <summary>
    /// The lognormal volatility (annual decimal, per √calendar year) with the same first two moments as VIX_T:
    /// σ² = ln(E[VIX_T²]/F²)/T. This is the at-the-money volatility of VIX options on that expiry.
    /// </summary>
    public double LognormalVolatility(double future, double rootMeanSquare, double calendarYears)
    {
        if (calendarYears <= 0 || future <= 0)
            return 0;
        double ratio = rootMeanSquare / future;
        return Math.Sqrt(Math.Max(2 * Math.Log(ratio), 1e-8) / calendarYears);
    }

    // ln(1 + x) for x ≥ 0, accurate when x is near zero.
    private static double LogOnePlus(double x) =>
        x < 1e-4 ? x * (1 - x * (0.5 - x / 3)) : Math.Log(1 + x);

    // 1 − e^y for y ≤ 0, accurate when y is near zero.
    private static double OneMinusExp(double y) =>
        y > -1e-5 ? -y * (1 + y / 2 * (1 + y / 3)) : 1 - Math.Exp(y);
}
