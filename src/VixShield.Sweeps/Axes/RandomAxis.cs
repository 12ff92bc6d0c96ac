using VixShield.Core.Strategy;

namespace VixShield.Sweeps.Axes;

/// <summary>
/// An axis drawn from a distribution (<c>{ random: uniform(0.9, 1.1) }</c>): only in sampled sweeps. Draws are rounded
/// to whole numbers for whole-number parameters and clamped to the parameter's range.
/// </summary>
public sealed class RandomAxis(ParameterDefinition parameter, Distribution distribution) : SweepAxis(parameter)
{
    public Distribution Distribution { get; } = distribution;

    public override long? ValueCount => null;

    public override double? ValueAt(long index) =>
        throw new InvalidOperationException($"{Name}: a random axis has no product order; draw it in a sampled sweep");

    public override double? Draw(ref PointRandom random)
    {
        if (Distribution.Draw(ref random) is not { } value)
            return null;
        if (Parameter.IsInteger)
            value = Math.Round(value, MidpointRounding.AwayFromZero);
        return Math.Clamp(value, Parameter.Min, Parameter.Max);
    }
}
