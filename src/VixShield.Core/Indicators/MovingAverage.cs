namespace VixShield.Core.Indicators;

/// <summary>Simple and exponential moving averages over a series, one value per snapshot, NaN until warmed up.</summary>
/// <remarks>
/// Warm-up starts at the first non-NaN input, so an average of a series that is itself warming up (MACD's signal
/// line) needs no special case. A NaN after that point makes every later value NaN: a gap in market data is the
/// loader's error to reject, not something an average should paper over.
/// </remarks>
public static class MovingAverage
{
    /// <summary>Mean of the last <paramref name="period"/> values; first value at (first non-NaN index) + period − 1.</summary>
    public static IndicatorSeries Simple(ReadOnlySpan<double> values, int period)
    {
        var result = new double[values.Length];
        Simple(values, period, result);
        return new IndicatorSeries(result);
    }

    /// <inheritdoc cref="Simple(ReadOnlySpan{double}, int)"/>
    public static void Simple(ReadOnlySpan<double> values, int period, Span<double> destination)
    {
        Validate(values, period, destination);
        int start = FirstNumber(values);
        int firstValue = start + period - 1;
        destination[..Math.Min(values.Length, firstValue)].Fill(double.NaN);

        // A running sum: exact for integer-valued series such as the A/D line, and for prices its rounding
        // drift stays far below a cent over decades of daily snapshots.
        double sum = 0;
        for (int t = start; t < values.Length; t++)
        {
            sum += values[t];
            if (t >= start + period)
                sum -= values[t - period];
            if (t >= firstValue)
                destination[t] = sum / period;
        }
    }

    /// <summary>EMA with α = 2 / (period + 1), seeded with the simple mean of the first <paramref name="period"/> values.</summary>
    public static IndicatorSeries Exponential(ReadOnlySpan<double> values, int period)
    {
        var result = new double[values.Length];
        Exponential(values, period, result);
        return new IndicatorSeries(result);
    }

    /// <inheritdoc cref="Exponential(ReadOnlySpan{double}, int)"/>
    public static void Exponential(ReadOnlySpan<double> values, int period, Span<double> destination)
    {
        Validate(values, period, destination);
        int start = FirstNumber(values);
        int seedAt = start + period - 1;
        destination[..Math.Min(values.Length, seedAt)].Fill(double.NaN);
        if (seedAt >= values.Length)
            return;

        double sum = 0;
        for (int t = start; t <= seedAt; t++)
            sum += values[t];
        double ema = sum / period, alpha = 2.0 / (period + 1);
        destination[seedAt] = ema;
        for (int t = seedAt + 1; t < values.Length; t++)
        {
            ema += alpha * (values[t] - ema);
            destination[t] = ema;
        }
    }

    internal static void Validate(ReadOnlySpan<double> values, int period, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        if (destination.Length != values.Length)
            throw new ArgumentException("The destination must hold one value per input value.", nameof(destination));
        if (values.Overlaps(destination))
            throw new ArgumentException("The destination must not overlap the input: the average reads values it has passed.", nameof(destination));
    }

    private static int FirstNumber(ReadOnlySpan<double> values)
    {
        int i = 0;
        while (i < values.Length && double.IsNaN(values[i]))
            i++;
        return i;
    }
}
