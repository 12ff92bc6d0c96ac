namespace VixShield.Sweeps.Axes;

/// <summary><c>choice(a, b, c)</c>: one of the listed values (numbers, <c>none</c> or choice names), each equally likely.</summary>
public sealed class ChoiceDistribution(string text, IReadOnlyList<double?> values) : Distribution(text)
{
    public IReadOnlyList<double?> Values { get; } = values;

    public override double? Draw(ref PointRandom random) => Values[(int)random.NextIndex(Values.Count)];
}
