namespace VixShield.Core.Pricing;

/// <summary>The standard normal density and distribution function, to double precision.</summary>
public static class StandardNormal
{
    private const double InvSqrt2Pi = 0.398942280401432677939946059934;

    public static double Pdf(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>Φ(x), by Hart's 1968 rational approximation (algorithm 5666) as given by West (2005): absolute error below 1e-14.</summary>
    public static double Cdf(double x)
    {
        double z = Math.Abs(x);
        double tail;
        if (z > 37.0)
        {
            tail = 0.0;
        }
        else if (z < 7.07106781186547)
        {
            double e = Math.Exp(-0.5 * z * z);
            double num = ((((((3.52624965998911e-02 * z + 0.700383064443688) * z + 6.37396220353165) * z
                + 33.912866078383) * z + 112.079291497871) * z + 221.213596169931) * z + 220.206867912376);
            double den = (((((((8.83883476483184e-02 * z + 1.75566716318264) * z + 16.064177579207) * z
                + 86.7807322029461) * z + 296.564248779674) * z + 637.333633378831) * z + 793.826512519948) * z
                + 440.413735824752);
            tail = e * num / den;
        }
        else
        {
            double e = Math.Exp(-0.5 * z * z);
            double cf = z + 1.0 / (z + 2.0 / (z + 3.0 / (z + 4.0 / (z + 0.65))));
            tail = e / cf / 2.506628274631;
        }

        return x > 0 ? 1.0 - tail : tail;
    }

    /// <summary>Φ⁻¹(p) by Acklam's rational approximation refined with one Halley step (relative error near 1e-15).</summary>
    public static double InverseCdf(double p)
    {
        if (p <= 0) return double.NegativeInfinity;
        if (p >= 1) return double.PositiveInfinity;
        const double pLow = 0.02425;
        double x;
        if (p < pLow)
        {
            double q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
        }
        else if (p <= 1 - pLow)
        {
            double q = p - 0.5, r = q * q;
            x = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
        }
        else
        {
            double q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
        }

        double error = Cdf(x) - p;
        double u = error * Math.Sqrt(2 * Math.PI) * Math.Exp(0.5 * x * x);
        return x - u / (1 + 0.5 * x * u);
    }
}
