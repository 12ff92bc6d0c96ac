namespace VixShield.Sweeps.Axes;

/// <summary><c>loguniform(a, b)</c>, 0 &lt; a &lt; b: the logarithm is uniform, so each factor of ten gets equal weight.</summary>
public sealed class LogUniformDistribution(string text, double low, double high) : Distribution(text)
{
    public double Low { get; } = low;
    public double High { get; } = high;

    public override double? Draw(ref PointRandom random)
    {
        double logLow = Math.Log(Low);
        return Math.Exp(logLow + random.NextUnit() * (Math.Log(High) - logLow));
    }
}
