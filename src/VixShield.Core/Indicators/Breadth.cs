namespace VixShield.Core.Indicators;

/// <summary>NYSE breadth: the advance–decline line, a running total of advancing minus declining issues.</summary>
public static class Breadth
{
    /// <summary>A/D line at snapshot t = Σ (advances − declines) over snapshots 0..t; the line starts from zero.</summary>
    public static IndicatorSeries AdvanceDeclineLine(ReadOnlySpan<int> advances, ReadOnlySpan<int> declines)
    {
        var result = new double[advances.Length];
        AdvanceDeclineLine(advances, declines, result);
        return new IndicatorSeries(result);
    }

    /// <inheritdoc cref="AdvanceDeclineLine(ReadOnlySpan{int}, ReadOnlySpan{int})"/>
    public static void AdvanceDeclineLine(ReadOnlySpan<int> advances, ReadOnlySpan<int> declines, Span<double> destination)
    {
        if (declines.Length != advances.Length || destination.Length != advances.Length)
            throw new ArgumentException("Advances, declines and the destination must have one value per snapshot.");

        // Summed as integers so that the line, and any average of it, is exact whatever the series length.
        long total = 0;
        for (int t = 0; t < advances.Length; t++)
        {
            total += (long)advances[t] - declines[t];
            destination[t] = total;
        }
    }
}
