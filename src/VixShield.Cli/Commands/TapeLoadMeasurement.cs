using System.Diagnostics;
using VixShield.Core.Market;
using VixShield.Data.Loading;

namespace VixShield.Cli.Commands;

/// <summary>One timed tape load with the heap it keeps: what both benchmarks report as load rate and bytes per quote.</summary>
internal sealed record TapeLoadMeasurement(MarketTape Tape, double Seconds, long RetainedBytes)
{
    public long Quotes => Tape.SpxOptions.QuoteCount + Tape.VixOptions.QuoteCount;

    public double RowsPerSecond => Quotes / Seconds;

    /// <summary>Only meaningful on a clean heap: later loads reuse pooled decoder buffers the first one left behind.</summary>
    public double BytesPerQuote => (double)RetainedBytes / Quotes;

    public static async Task<TapeLoadMeasurement> RunAsync(string dataset, CancellationToken cancel)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var tape = (await TapeLoader.LoadAsync(dataset, TapeLoadOptions.Strict, cancel)).Tape;
        double seconds = clock.Elapsed.TotalSeconds;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        return new TapeLoadMeasurement(tape, seconds, retained);
    }
}
