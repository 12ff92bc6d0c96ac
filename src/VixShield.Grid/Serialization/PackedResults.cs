using VixShield.Core.Engine;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Grid.Serialization;

/// <summary>The layout of a unit's results in a packed payload (described in <see cref="PackedResultsConverter"/>); the bytes themselves are <see cref="PackedWriter"/>'s and <see cref="PackedReader"/>'s.</summary>
internal static class PackedResults
{
    /// <summary>The first byte of the payload; a new layout gets a new number, and older numbers stay readable.</summary>
    public const byte Format = 1;

    private const byte ConsecutiveIndices = 0;
    private const byte ListedIndices = 1;

    /// <summary>About what a ten-year set takes: 45 doubles and a few bytes of structure.</summary>
    private const int BytesPerSet = 370;

    /// <summary>The payload of <paramref name="results"/>: read <see cref="PackedWriter.Written"/>.</summary>
    public static PackedWriter Write(IReadOnlyList<SetResult> results)
    {
        var w = new PackedWriter(16 + results.Count * BytesPerSet);
        w.Byte(Format);
        w.Count(results.Count);
        bool consecutive = Consecutive(results);
        w.Byte(consecutive ? ConsecutiveIndices : ListedIndices);
        if (consecutive)
            w.Integer(results.Count > 0 ? results[0].Index : 0);

        // Within a sweep every set has the same dates, so the counts are written once; a set that differs carries its own.
        var common = results.FirstOrDefault(r => r.Blocks is not null)?.Blocks ?? [];
        w.Count(common.Length);
        foreach (var block in common)
            w.Integer(block.Count);

        long previous = 0;
        foreach (var set in results)
        {
            if (!consecutive)
                w.Integer(unchecked(set.Index - previous));
            previous = set.Index;
            var contents = ContentsOf(set, common);
            w.Byte((byte)contents);
            if (set.Metrics is { } metrics)
                WriteMetrics(w, metrics);
            if (set.Error is { } error)
                w.Text(error);
            if (set.Blocks is { } blocks)
                WriteBlocks(w, blocks, contents.HasFlag(PackedSetContents.OwnBlockCounts));
            if (set.WindowScores is { } scores)
            {
                w.Count(scores.Length);
                foreach (double score in scores)
                    w.Double(score);
            }
        }

        return w;
    }

    public static SetResult[] Read(byte[] packed)
    {
        var r = PackedReader.Open(packed, Format);
        int count = r.Count("the set count", r.Remaining);
        byte indexing = r.Byte("the index layout");
        if (indexing is not (ConsecutiveIndices or ListedIndices))
            throw PackedReader.Corrupt($"index layout {indexing} is unknown");
        long first = indexing == ConsecutiveIndices ? r.Integer("the first index") : 0;
        var common = new int[r.Count("the common block count", r.Remaining)];
        for (int b = 0; b < common.Length; b++)
            common[b] = r.Int32("a common block count");

        var results = new SetResult[count];
        long previous = 0;
        for (int i = 0; i < count; i++)
        {
            r.AtSet(i, count);
            long index = indexing == ConsecutiveIndices ? unchecked(first + i) : unchecked(previous + r.Integer("the index"));
            previous = index;
            var contents = (PackedSetContents)r.Byte("the contents byte");
            if ((contents & ~AllContents) != 0 || contents.HasFlag(PackedSetContents.OwnBlockCounts) && !contents.HasFlag(PackedSetContents.Blocks))
                throw PackedReader.Corrupt($"{r.Where}: contents byte {(byte)contents:x2} is not a valid combination");
            var metrics = contents.HasFlag(PackedSetContents.Metrics) ? ReadMetrics(r) : null;
            string? error = contents.HasFlag(PackedSetContents.Error) ? r.Text("the error text") : null;
            results[i] = new SetResult(index, metrics, error)
            {
                Blocks = contents.HasFlag(PackedSetContents.Blocks) ? ReadBlocks(r, common, contents.HasFlag(PackedSetContents.OwnBlockCounts)) : null,
                WindowScores = contents.HasFlag(PackedSetContents.WindowScores) ? ReadWindowScores(r) : null,
            };
        }

        r.End();
        return results;
    }

    private const PackedSetContents AllContents = PackedSetContents.Metrics | PackedSetContents.Error | PackedSetContents.Blocks
        | PackedSetContents.OwnBlockCounts | PackedSetContents.WindowScores;

    private static bool Consecutive(IReadOnlyList<SetResult> results)
    {
        for (int i = 1; i < results.Count; i++)
        {
            if (results[i].Index != unchecked(results[0].Index + i))
                return false;
        }

        return true;
    }

    private static PackedSetContents ContentsOf(SetResult set, BlockReturnStats[] common)
    {
        var contents = PackedSetContents.None;
        if (set.Metrics is not null)
            contents |= PackedSetContents.Metrics;
        if (set.Error is not null)
            contents |= PackedSetContents.Error;
        if (set.Blocks is { } blocks)
            contents |= SameCounts(blocks, common) ? PackedSetContents.Blocks : PackedSetContents.Blocks | PackedSetContents.OwnBlockCounts;
        if (set.WindowScores is not null)
            contents |= PackedSetContents.WindowScores;
        return contents;
    }

    private static bool SameCounts(BlockReturnStats[] blocks, BlockReturnStats[] common)
    {
        if (blocks.Length != common.Length)
            return false;
        for (int b = 0; b < blocks.Length; b++)
        {
            if (blocks[b].Count != common[b].Count)
                return false;
        }

        return true;
    }

    // Constructor order, as MetricsArrayConverter and MetricTable list them; the counts are exact integers, not doubles.
    private static void WriteMetrics(PackedWriter w, BacktestMetrics m)
    {
        w.Integer(m.MaxDrawdownDays);
        w.Integer(m.Trades);
        w.Integer(m.HedgeLayers);
        w.Double(m.Irr);
        w.Double(m.Cagr);
        w.Double(m.MaxDrawdown);
        w.Double(m.Sharpe);
        w.Double(m.Sortino);
        w.Double(m.Calmar);
        w.Double(m.WinRate);
        w.Double(m.ProfitFactor);
        w.Double(m.AvgTrade);
        w.Double(m.WorstTrade);
        w.Double(m.Cvar95);
        w.Double(m.HedgeCostShare);
        w.Double(m.FinalEquity);
    }

    private static BacktestMetrics ReadMetrics(PackedReader r)
    {
        int maxDrawdownDays = r.Int32("max_dd_days");
        int trades = r.Int32("trades");
        int hedgeLayers = r.Int32("hedge_layers");
        // Arguments are evaluated in the order written, which is the order Write put the doubles in.
        return new BacktestMetrics(
            Irr: r.Double("irr"), Cagr: r.Double("cagr"), MaxDrawdown: r.Double("max_drawdown"), MaxDrawdownDays: maxDrawdownDays,
            Sharpe: r.Double("sharpe"), Sortino: r.Double("sortino"), Calmar: r.Double("calmar"), WinRate: r.Double("win_rate"),
            ProfitFactor: r.Double("profit_factor"), AvgTrade: r.Double("avg_trade"), WorstTrade: r.Double("worst_trade"),
            Cvar95: r.Double("cvar_95"), HedgeCostShare: r.Double("hedge_cost_share"), Trades: trades, HedgeLayers: hedgeLayers,
            FinalEquity: r.Double("final_equity"));
    }

    private static void WriteBlocks(PackedWriter w, BlockReturnStats[] blocks, bool ownCounts)
    {
        if (ownCounts)
        {
            w.Count(blocks.Length);
            foreach (var block in blocks)
                w.Integer(block.Count);
        }

        foreach (var block in blocks)
        {
            w.Double(block.Sum);
            w.Double(block.SumOfSquares);
        }
    }

    private static BlockReturnStats[] ReadBlocks(PackedReader r, int[] common, bool ownCounts)
    {
        int[] counts = common;
        if (ownCounts)
        {
            counts = new int[r.Count("the block count", r.Remaining)];
            for (int b = 0; b < counts.Length; b++)
                counts[b] = r.Int32("a block count");
        }

        var blocks = new BlockReturnStats[counts.Length];
        for (int b = 0; b < blocks.Length; b++)
            blocks[b] = new BlockReturnStats(counts[b], r.Double("a block's sum"), r.Double("a block's sum of squares"));
        return blocks;
    }

    private static double[] ReadWindowScores(PackedReader r)
    {
        var scores = new double[r.Count("the window score count", r.DoublesRemaining)];
        for (int s = 0; s < scores.Length; s++)
            scores[s] = r.Double("a window score");
        return scores;
    }
}
