namespace VixShield.Core.Indicators;

/// <summary>Wilder's relative strength index (New Concepts in Technical Trading Systems, 1978), 0–100 per snapshot.</summary>
/// <remarks>
/// The first average gain and loss are simple means of the first <c>period</c> changes, so the first value is at
/// index <c>period</c>; after that avg = (prev × (period − 1) + x) / period. RSI = 100 − 100 / (1 + RS) is computed
/// as the equal 100 × gain / (gain + loss), which stays defined when there were no losses (100). A window with
/// neither gains nor losses is neutral: 50.
/// </remarks>
public static class RelativeStrengthIndex
{
    public static IndicatorSeries Wilder(ReadOnlySpan<double> closes, int period)
    {
        var result = new double[closes.Length];
        Wilder(closes, period, result);
        return new IndicatorSeries(result);
    }

    public static void Wilder(ReadOnlySpan<double> closes, int period, Span<double> destination)
    {
        MovingAverage.Validate(closes, period, destination);
        int n = closes.Length;
        destination[..Math.Min(n, period)].Fill(double.NaN);
        if (n <= period)
            return;

        // Math.Max propagates NaN, so a gap in the closes shows as NaN instead of a fake flat day.
        double gain = 0, loss = 0;
        for (int t = 1; t <= period; t++)
        {
            double change = closes[t] - closes[t - 1];
            gain += Math.Max(change, 0);
            loss += Math.Max(-change, 0);
        }

        gain /= period;
        loss /= period;
        destination[period] = FromAverages(gain, loss);
        for (int t = period + 1; t < n; t++)
        {
            double change = closes[t] - closes[t - 1];
            gain = (gain * (period - 1) + Math.Max(change, 0)) / period;
            loss = (loss * (period - 1) + Math.Max(-change, 0)) / period;
            destination[t] = FromAverages(gain, loss);
        }
    }

    private static double FromAverages(double gain, double loss)
    {
        double total = gain + loss;
        if (total == 0)
            return 50;
        return 100 * gain / total;
    }
}
