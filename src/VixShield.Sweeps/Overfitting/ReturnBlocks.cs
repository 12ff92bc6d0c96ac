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
}
