using VixShield.Core.Strategy;

namespace VixShield.Sweeps.Axes;

/// <summary>An axis listing its values: numbers, <c>none</c>, or choice names (held as their index).</summary>
public sealed class ValueListAxis : DiscreteAxis
{
    private readonly double?[] _values;

    /// <summary>Checks every value against the parameter's own range rules; throws <see cref="ParameterException"/>.</summary>
    public ValueListAxis(ParameterDefinition parameter, IEnumerable<double?> values)
        : base(parameter)
    {
        _values = values.ToArray();
        if (_values.Length == 0)
            throw new SweepException(parameter.Name, "empty axis; list at least one value");
        foreach (var value in _values)
            parameter.Apply(StrategyParameters.Default, value);
    }

    public IReadOnlyList<double?> Values => _values;

    public override long Count => _values.Length;

    public override double? ValueAt(long index) => _values[index];
}
