namespace VixShield.Sweeps.Overfitting;

/// <summary>Cuts a per-period return series into the contiguous blocks that Combinatorially Symmetric Cross-Validation recombines.</summary>
public static class ReturnBlocks
{
    /// <summary>S = 16, the paper's suggestion: C(16, 8) = 12,870 combinations.</summary>
    public const int DefaultBlockCount = 16;

    /// <summary>
    /// The statistics of <paramref name="blockCount"/> contiguous blocks in time order, of ⌊T/S⌋ returns each, where the
    /// first T mod S blocks take one more: lengths differ by at most one and no return is dropped. Every strategy of a
    /// sweep must be split the same way (same dates, same block count) so block b means the same periods for all.
    /// </summary>
    public static BlockReturnStats[] Split(ReadOnlySpan<double> returns, int blockCount = DefaultBlockCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockCount);
        if (returns.Length < blockCount)
            throw new ArgumentException($"{returns.Length} returns cannot fill {blockCount} blocks; every block needs at least one", nameof(returns));
        int size = returns.Length / blockCount, longer = returns.Length % blockCount;
        var blocks = new BlockReturnStats[blockCount];
        int start = 0;
        for (int b = 0; b < blockCount; b++)
        {
            int length = size + (b < longer ? 1 : 0);
            blocks[b] = BlockReturnStats.Of(returns.Slice(start, length));
            start += length;
        }

        return blocks;
    }

    /// <summary>
    /// The same blocks as <see cref="Split"/> over the daily returns of an equity curve (equity[t] / equity[t−1] − 1,
    /// the first from <paramref name="startingCapital"/>), bit for bit, without materialising the returns: a worker
    /// does this for every set it runs.
    /// </summary>
    public static BlockReturnStats[] FromEquity(ReadOnlySpan<double> equity, double startingCapital, int blockCount = DefaultBlockCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockCount);
        if (equity.Length < blockCount)
            throw new ArgumentException($"{equity.Length} returns cannot fill {blockCount} blocks; every block needs at least one", nameof(equity));
        int size = equity.Length / blockCount, longer = equity.Length % blockCount;
        var blocks = new BlockReturnStats[blockCount];
        double previous = startingCapital;
        int t = 0;
        for (int b = 0; b < blockCount; b++)
        {
            int length = size + (b < longer ? 1 : 0);
            double sum = 0, sumOfSquares = 0;
            for (int end = t + length; t < end; t++)
            {
                double r = equity[t] / previous - 1;
                previous = equity[t];
                sum += r;
                sumOfSquares += r * r;
            }

            blocks[b] = new BlockReturnStats(length, sum, sumOfSquares);
        }

        return blocks;
    }
}
