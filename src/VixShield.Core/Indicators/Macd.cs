namespace VixShield.Core.Indicators;

/// <summary>Appel's MACD per snapshot: line = EMA(fast) − EMA(slow), signal = EMA(signal) of the line, histogram = line − signal.</summary>
/// <remarks>
/// Every EMA is seeded with the simple mean of its first <c>period</c> inputs (see <see cref="MovingAverage"/>), and
/// the signal EMA starts once the line exists. So with finite closes the line starts at index slow − 1 and the
/// signal and histogram at slow + signal − 2 (33 for 12/26/9).
/// </remarks>
public sealed class Macd
{
    public const int DefaultFast = 12;
    public const int DefaultSlow = 26;
    public const int DefaultSignal = 9;

    private Macd(int fast, int slow, int signal, double[] line, double[] signalLine, double[] histogram)
    {
        FastPeriod = fast;
        SlowPeriod = slow;
        SignalPeriod = signal;
        Line = new IndicatorSeries(line);
        Signal = new IndicatorSeries(signalLine);
        Histogram = new IndicatorSeries(histogram);
    }

    public int FastPeriod { get; }

    public int SlowPeriod { get; }

    public int SignalPeriod { get; }

    public IndicatorSeries Line { get; }

    public IndicatorSeries Signal { get; }

    public IndicatorSeries Histogram { get; }

    public static Macd Compute(ReadOnlySpan<double> closes, int fast = DefaultFast, int slow = DefaultSlow, int signal = DefaultSignal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fast, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slow, fast);
        ArgumentOutOfRangeException.ThrowIfLessThan(signal, 1);
        int n = closes.Length;
        var line = new double[n];
        var slowEma = new double[n];
        MovingAverage.Exponential(closes, fast, line);
        MovingAverage.Exponential(closes, slow, slowEma);
        for (int t = 0; t < n; t++)
            line[t] -= slowEma[t];

        var signalLine = new double[n];
        MovingAverage.Exponential(line, signal, signalLine);
        var histogram = slowEma;
        for (int t = 0; t < n; t++)
            histogram[t] = line[t] - signalLine[t];
        return new Macd(fast, slow, signal, line, signalLine, histogram);
    }

    /// <summary>The hedge signal: histogram below zero and lower than at the previous snapshot. False until both exist.</summary>
    public bool IsHistogramNegativeAndFalling(int snapshot) =>
        snapshot >= 1 && Histogram[snapshot] < 0 && Histogram[snapshot] < Histogram[snapshot - 1];

    /// <summary>The entry filter: histogram at least <paramref name="minimum"/>. False while warming up, so it blocks entries.</summary>
    public bool IsHistogramAtLeast(int snapshot, double minimum) => Histogram[snapshot] >= minimum;
}
