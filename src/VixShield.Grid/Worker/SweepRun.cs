using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;
using VixShield.Sweeps;
using VixShield.Sweeps.OutOfSample;
using VixShield.Sweeps.Overfitting;

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
        InSampleWindows = sweep.WalkForward is { } walkForward ? InSampleOptions(walkForward, market.Tape, first, last, sweep.Capital) : [];
    }

    public SweepDefinition Sweep { get; }

    public MarketContext Market { get; }

    /// <summary>Capital and snapshot range of every set; no trade recorder.</summary>
    public BacktestOptions Options { get; }

    /// <summary>The snapshot range of each walk-forward in-sample window, in window order; empty without <c>walk_forward</c>.</summary>
    public IReadOnlyList<BacktestOptions> InSampleWindows { get; }

    /// <summary>Parses the sweep file text and gets its dataset from the node's cache.</summary>
    public static async Task<SweepRun> PrepareAsync(string sourcePath, string sourceText, TapeCache tapes)
    {
        var sweep = SweepFile.Parse(sourceText, sourcePath);
        return new SweepRun(sweep, await tapes.GetAsync(sweep.DataPath));
    }

    /// <summary>
    /// Set <paramref name="index"/>'s metrics with its daily returns' block statistics (and walk-forward in-sample
    /// scores), or its parameter error (a rule the combination breaks, an instrument the data lacks).
    /// </summary>
    public SetResult RunSet(long index)
    {
        try
        {
            var parameters = Sweep.Grid.At(index);
            var result = Backtest.Run(Market, parameters, Options);
            return SetResult.Ok(index, result.Metrics) with { Blocks = BlocksOf(result), WindowScores = InSampleScores(parameters) };
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

    /// <summary>The blocks PBO recombines; null when the period has fewer daily returns than blocks.</summary>
    private static BlockReturnStats[]? BlocksOf(BacktestResult result) =>
        result.Equity.Length >= ReturnBlocks.DefaultBlockCount ? ReturnBlocks.FromEquity(result.Equity, result.StartingCapital) : null;

    private double[]? InSampleScores(StrategyParameters parameters)
    {
        if (InSampleWindows.Count == 0)
            return null;
        var scores = new double[InSampleWindows.Count];
        for (int k = 0; k < scores.Length; k++)
            scores[k] = Sweep.RankBy.ScoreOf(Backtest.Run(Market, parameters, InSampleWindows[k]).Metrics);
        return scores;
    }

    private static BacktestOptions[] InSampleOptions(WalkForwardSpec walkForward, MarketTape tape, int first, int last, double capital)
    {
        var windows = walkForward.Windows(DateCode.ToDate(tape.Dates[first]), DateCode.ToDate(tape.Dates[last]));
        if (windows.Count == 0)
            throw new ParameterException("walk_forward", $"the sweep's period ({DateCode.ToDate(tape.Dates[first]):yyyy-MM-dd} to {DateCode.ToDate(tape.Dates[last]):yyyy-MM-dd} in {tape.Name}) is not longer than in_sample_years {walkForward.InSampleYears}: no out-of-sample window is left");
        return windows.Select(w =>
        {
            var (from, to) = SnapshotRange(tape, w.InSampleFrom, w.InSampleTo);
            return new BacktestOptions(capital, from, to);
        }).ToArray();
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
