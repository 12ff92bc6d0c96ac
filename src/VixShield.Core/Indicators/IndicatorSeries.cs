namespace VixShield.Core.Indicators;

/// <summary>One indicator's value per snapshot, NaN until it is warmed up; read-only, so one instance serves every backtest.</summary>
/// <remarks>
/// The value at snapshot t was computed from inputs 0..t only. Comparisons with NaN are false, which is what the
/// strategy wants from an indicator that is not ready: it blocks entries and never fires a hedge trigger.
/// </remarks>
public sealed class IndicatorSeries
{
    private readonly double[] _values;

    /// <summary>Wraps <paramref name="values"/> without copying: the caller hands over the array and must not change it.</summary>
    public IndicatorSeries(double[] values)
    {
        _values = values;
        int first = 0;
        while (first < values.Length && double.IsNaN(values[first]))
            first++;
        FirstReady = first;
    }

    public int Count => _values.Length;

    /// <summary>Index of the first snapshot with a value (the warm-up length); <see cref="Count"/> when there is none.</summary>
    public int FirstReady { get; }

    public double this[int snapshot] => _values[snapshot];

    public ReadOnlySpan<double> Values => _values;

    public bool IsReady(int snapshot) => !double.IsNaN(_values[snapshot]);
}
