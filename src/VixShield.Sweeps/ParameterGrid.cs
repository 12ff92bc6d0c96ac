using VixShield.Core.Strategy;
using VixShield.Sweeps.Axes;

namespace VixShield.Sweeps;

/// <summary>
/// The parameter sets of a sweep, by index and never materialised. Without samples: the product of the axes in mixed
/// radix, the last axis fastest. With samples: set i draws every axis from a random stream that is a pure function of
/// (seed, i, axis position), so any worker computes it alone.
/// </summary>
public sealed class ParameterGrid
{
    private readonly SweepAxis[] _axes;
    private readonly long[] _strides;

    /// <summary>Checks the axes against each other and the base; throws <see cref="SweepException"/> keyed by the axis.</summary>
    /// <param name="samples">0 for the full product; N &gt; 0 for N random points.</param>
    public ParameterGrid(StrategyParameters baseParameters, IEnumerable<SweepAxis> axes, long samples = 0, ulong seed = 1)
    {
        Base = baseParameters;
        _axes = axes.ToArray();
        Samples = samples;
        Seed = seed;
        if (samples < 0)
            throw new SweepException("samples", $"{samples} must be 0 (the full product) or a positive count");
        var duplicate = _axes.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new SweepException($"grid.{duplicate.Key}", "appears twice");
        foreach (var axis in _axes)
            CheckAgainstBase(axis);
        _strides = new long[_axes.Length];
        Count = samples > 0 ? samples : ProductCount();
    }

    /// <summary>The parameters every set starts from (the sweep's <c>base</c> over the defaults).</summary>
    public StrategyParameters Base { get; }

    public IReadOnlyList<SweepAxis> Axes => _axes;

    public long Samples { get; }

    public ulong Seed { get; }

    public bool IsSampled => Samples > 0;

    /// <summary>How many parameter sets the sweep has.</summary>
    public long Count { get; }

    /// <summary>Set <paramref name="index"/>: the base with this point's axis values; throws <see cref="ParameterException"/> if the combination breaks a cross-parameter rule.</summary>
    public StrategyParameters At(long index)
    {
        var parameters = Base;
        for (int k = 0; k < _axes.Length; k++)
            parameters = _axes[k].Parameter.Set(parameters, ValueAt(index, k));
        return parameters.Validate();
    }

    /// <summary>The axis values of set <paramref name="index"/> by parameter name, in the file's axis order.</summary>
    public IReadOnlyDictionary<string, double?> AxisValuesAt(long index)
    {
        var values = new Dictionary<string, double?>(_axes.Length, StringComparer.Ordinal);
        for (int k = 0; k < _axes.Length; k++)
            values.Add(_axes[k].Name, ValueAt(index, k));
        return values;
    }

    private double? ValueAt(long index, int axis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (IsSampled)
        {
            var random = new PointRandom(Seed, index, axis);
            return _axes[axis].Draw(ref random);
        }

        long digit = index / _strides[axis] % _axes[axis].ValueCount!.Value;
        return _axes[axis].ValueAt(digit);
    }

    private long ProductCount()
    {
        long count = 1;
        for (int k = _axes.Length - 1; k >= 0; k--)
        {
            if (_axes[k].ValueCount is not { } values)
                throw new SweepException($"grid.{_axes[k].Name}", "a random axis needs samples > 0 (it has no values to enumerate)");
            _strides[k] = count;
            if (values > long.MaxValue / count)
                throw new SweepException("grid", $"the axes multiply to more than {long.MaxValue} parameter sets; sample them with samples: N");
            count *= values;
        }

        return count;
    }

    /// <summary>Each listed value alone over the base must pass the cross-parameter rules (first and last of a range).</summary>
    private void CheckAgainstBase(SweepAxis axis)
    {
        if (axis is not DiscreteAxis discrete)
            return;
        IEnumerable<long> indices = discrete is ValueListAxis ? Enumerable.Range(0, (int)discrete.Count).Select(i => (long)i) : [0, discrete.Count - 1];
        foreach (long i in indices)
        {
            try
            {
                axis.Parameter.Set(Base, discrete.ValueAt(i)).Validate();
            }
            catch (ParameterException e)
            {
                throw new SweepException($"grid.{axis.Name}", $"{axis.Parameter.Format(discrete.ValueAt(i))} with the base: {e.Message}");
            }
        }
    }
}
