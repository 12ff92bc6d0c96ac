using VixShield.Core.Strategy;

namespace VixShield.Sweeps.Axes;

/// <summary>One axis of a sweep: a strategy parameter and the values it takes (a list, a range, or a distribution).</summary>
public abstract class SweepAxis
{
    protected SweepAxis(ParameterDefinition parameter)
    {
        Parameter = parameter;
    }

    public ParameterDefinition Parameter { get; }

    public string Name => Parameter.Name;

    /// <summary>How many values the axis has when the grid is a full product; null for a distribution (sampled only).</summary>
    public abstract long? ValueCount { get; }

    /// <summary>The i-th value in the product order (null = none); only for axes with a <see cref="ValueCount"/>.</summary>
    public abstract double? ValueAt(long index);

    /// <summary>One random value for a sampled sweep, drawn from this cell's random stream.</summary>
    public abstract double? Draw(ref PointRandom random);
}
