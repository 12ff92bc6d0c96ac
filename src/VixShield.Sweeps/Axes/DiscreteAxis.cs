using VixShield.Core.Strategy;

namespace VixShield.Sweeps.Axes;

/// <summary>An axis with a countable set of values (a list or a range); a sampled sweep picks among them uniformly.</summary>
public abstract class DiscreteAxis : SweepAxis
{
    protected DiscreteAxis(ParameterDefinition parameter)
        : base(parameter)
    {
    }

    public abstract long Count { get; }

    public sealed override long? ValueCount => Count;

    public sealed override double? Draw(ref PointRandom random) => ValueAt(random.NextIndex(Count));
}
