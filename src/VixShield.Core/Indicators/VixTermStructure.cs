namespace VixShield.Core.Indicators;

/// <summary>The VIX term structure as VIX / VIX3M per snapshot: at or above 1 it is flat or inverted (near-term fear).</summary>
public static class VixTermStructure
{
    public static IndicatorSeries Ratio(ReadOnlySpan<double> vix, ReadOnlySpan<double> vix3m)
    {
        var result = new double[vix.Length];
        Ratio(vix, vix3m, result);
        return new IndicatorSeries(result);
    }

    /// <summary>VIX / VIX3M; NaN where VIX3M is missing or not positive, so the term signal stays silent there.</summary>
    public static void Ratio(ReadOnlySpan<double> vix, ReadOnlySpan<double> vix3m, Span<double> destination)
    {
        if (vix3m.Length != vix.Length || destination.Length != vix.Length)
            throw new ArgumentException("VIX, VIX3M and the destination must have one value per snapshot.");
        for (int t = 0; t < vix.Length; t++)
            destination[t] = vix3m[t] > 0 ? vix[t] / vix3m[t] : double.NaN;
    }
}
