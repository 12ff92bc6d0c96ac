namespace VixShield.Sweeps.Axes;

/// <summary><c>uniform(a, b)</c>: every value in [a, b) equally likely; for a whole-number parameter, every whole number in [a, b].</summary>
public sealed class UniformDistribution(string text, double low, double high, bool wholeNumbers) : Distribution(text)
{
    public double Low { get; } = low;
    public double High { get; } = high;

    public override double? Draw(ref PointRandom random)
    {
        if (!wholeNumbers)
            return Low + random.NextUnit() * (High - Low);
        long first = (long)Math.Ceiling(Low);
        long count = (long)Math.Floor(High) - first + 1;
        return first + random.NextIndex(count);
    }
}
