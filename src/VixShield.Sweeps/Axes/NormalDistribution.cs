namespace VixShield.Sweeps.Axes;

/// <summary><c>normal(mu, sigma)</c>: a Box-Muller draw; the axis clamps it to the parameter's range.</summary>
public sealed class NormalDistribution(string text, double mean, double deviation) : Distribution(text)
{
    public double Mean { get; } = mean;
    public double Deviation { get; } = deviation;

    public override double? Draw(ref PointRandom random)
    {
        double u1 = 1.0 - random.NextUnit(); // (0, 1]: the logarithm stays finite
        double u2 = random.NextUnit();
        return Mean + Deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
