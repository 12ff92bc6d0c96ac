using System.Globalization;
using VixShield.Core.Strategy;

namespace VixShield.Sweeps.Axes;

/// <summary>
/// An axis <c>{from, to, step}</c>: the values from + i × step, computed in decimal arithmetic so that 0.2 + 2 × 0.05 is
/// exactly 0.3. <c>to</c> is included when it lies on the step grid (within 1e-9 of a step); otherwise the last value is
/// the largest from + i × step below <c>to</c>.
/// </summary>
public sealed class RangeAxis : DiscreteAxis
{
    private const decimal Tolerance = 1e-9m;

    /// <summary>Checks the range and, through the parameter's own rules, its first and last values.</summary>
    public RangeAxis(ParameterDefinition parameter, decimal from, decimal to, decimal step)
        : base(parameter)
    {
        if (step <= 0)
            throw new SweepException(parameter.Name, $"step {Show(step)} must be above 0");
        if (from > to)
            throw new SweepException(parameter.Name, $"from {Show(from)} is above to {Show(to)}");
        if (parameter.IsInteger && (from != decimal.Floor(from) || step != decimal.Floor(step)))
            throw new SweepException(parameter.Name, $"from and step must be whole numbers for a whole-number parameter");
        decimal steps = (to - from) / step;
        decimal whole = decimal.Floor(steps + Tolerance);
        if (whole >= long.MaxValue)
            throw new SweepException(parameter.Name, $"{Show(from)}..{Show(to)} step {Show(step)} has more than {long.MaxValue} values");
        From = from;
        To = to;
        Step = step;
        Count = (long)whole + 1;
        LandsOnTo = steps - whole <= Tolerance && whole - steps <= Tolerance;
        parameter.Apply(StrategyParameters.Default, ValueAt(0));
        parameter.Apply(StrategyParameters.Default, ValueAt(Count - 1));
    }

    public decimal From { get; }
    public decimal To { get; }
    public decimal Step { get; }

    /// <summary>True when the last value is <c>to</c> itself; false when the step stops short of it.</summary>
    public bool LandsOnTo { get; }

    public override long Count { get; }

    public override double? ValueAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        decimal value = index == Count - 1 && LandsOnTo ? To : From + index * Step;
        return (double)value;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
