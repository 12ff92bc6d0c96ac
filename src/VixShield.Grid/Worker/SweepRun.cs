using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;
using VixShield.Sweeps;

namespace VixShield.Grid.Worker;

/// <summary>
/// A sweep ready to run on one node: the parsed sweep file, the shared market, and the snapshot range of its period.
/// <see cref="RunSet"/> is a pure function of (dataset, sweep, index), so a set gives the same bits on any node.
/// </summary>
public sealed class SweepRun
{
    public SweepRun(SweepDefinition sweep, MarketContext market)
    {
        Sweep = sweep;
        Market = market;
        var (first, last) = SnapshotRange(market.Tape, sweep.From, sweep.To);
        Options = new BacktestOptions(sweep.Capital, first, last);
    }

    public SweepDefinition Sweep { get; }

    public MarketContext Market { get; }

    /// <summary>Capital and snapshot range of every set; no trade recorder.</summary>
    public BacktestOptions Options { get; }

    /// <summary>Parses the sweep file text and gets its dataset from the node's cache.</summary>
    public static async Task<SweepRun> PrepareAsync(string sourcePath, string sourceText, TapeCache tapes)
    {
        var sweep = SweepFile.Parse(sourceText, sourcePath);
        return new SweepRun(sweep, await tapes.GetAsync(sweep.DataPath));
    }

    /// <summary>Set <paramref name="index"/>'s metrics, or its parameter error (a rule the combination breaks, an instrument the data lacks).</summary>
    public SetResult RunSet(long index)
    {
        try
        {
            return SetResult.Ok(index, Backtest.Run(Market, Sweep.Grid.At(index), Options).Metrics);
        }
        catch (ParameterException e)
        {
            return SetResult.Failed(index, e.Message);
        }
    }

    /// <summary>Sets [first, first + count) in index order.</summary>
    public SetResult[] RunRange(long first, long count, CancellationToken cancel = default)
    {
        var results = new SetResult[count];
        for (long i = 0; i < count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            results[i] = RunSet(first + i);
        }

        return results;
    }

    private static (int First, int Last) SnapshotRange(MarketTape tape, DateOnly? from, DateOnly? to)
    {
        int fromCode = from is { } f ? DateCode.FromDate(f) : int.MinValue, toCode = to is { } t ? DateCode.FromDate(t) : int.MaxValue;
        int first = Array.FindIndex(tape.Dates, d => d >= fromCode);
        int last = Array.FindLastIndex(tape.Dates, d => d <= toCode);
        if (first < 0 || last < first)
            throw new ParameterException("period", $"no snapshot of {tape.Name} falls in the sweep's period");
        return (first, last);
    }
}
