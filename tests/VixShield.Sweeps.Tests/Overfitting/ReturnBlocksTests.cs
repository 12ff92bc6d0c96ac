using VixShield.Sweeps.Overfitting;

namespace VixShield.Sweeps.Tests.Overfitting;

public sealed class ReturnBlocksTests
{
    [Fact]
    public void Leftover_returns_go_one_each_to_the_first_blocks_and_none_is_dropped()
    {
        // 11 returns in 4 blocks: 11 = 4·2 + 3, so blocks of 3, 3, 3, 2 in time order: (1,2,3) (4,5,6) (7,8,9) (10,11).
        double[] returns = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        var blocks = ReturnBlocks.Split(returns, 4);
        Assert.Equal(
            [new BlockReturnStats(3, 6, 14), new BlockReturnStats(3, 15, 77), new BlockReturnStats(3, 24, 194), new BlockReturnStats(2, 21, 221)],
            blocks);
    }

    [Fact]
    public void The_default_is_sixteen_blocks_and_an_exact_multiple_splits_evenly()
    {
        var blocks = ReturnBlocks.Split(new double[1_600]);
        Assert.Equal(16, blocks.Length);
        Assert.All(blocks, b => Assert.Equal(new BlockReturnStats(100, 0, 0), b));
    }

    [Fact]
    public void Too_few_returns_or_blocks_are_refused()
    {
        Assert.Contains("3 returns cannot fill 4 blocks", Assert.Throws<ArgumentException>(() => ReturnBlocks.Split([1.0, 2, 3], 4)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReturnBlocks.Split([1.0, 2, 3], 0));
    }

    [Fact]
    public void Blocks_from_an_equity_curve_are_the_blocks_of_its_daily_returns_bit_for_bit()
    {
        var random = new Random(11);
        var equity = new double[2_517];
        double level = 1_000_000;
        for (int t = 0; t < equity.Length; t++)
            equity[t] = level *= 1 + 0.01 * (random.NextDouble() - 0.499);
        var returns = new double[equity.Length];
        VixShield.Core.Metrics.EquityCurve.DailyReturns(equity, 1_000_000, returns);

        Assert.Equal(ReturnBlocks.Split(returns), ReturnBlocks.FromEquity(equity, 1_000_000));
        Assert.Equal(ReturnBlocks.Split(returns, 4), ReturnBlocks.FromEquity(equity, 1_000_000, 4));
        Assert.Throws<ArgumentException>(() => ReturnBlocks.FromEquity(equity.AsSpan(0, 15), 1_000_000));
    }

    [Fact]
    public void Block_statistics_are_count_sum_and_sum_of_squares()
    {
        var stats = BlockReturnStats.Of([0.01, -0.01, 0.02]);
        Assert.Equal(3, stats.Count);
        Assert.Equal(0.02, stats.Sum, 1e-17);
        Assert.Equal(0.0006, stats.SumOfSquares, 1e-18);
    }

    [Fact]
    public void Sixteen_blocks_give_12870_halves_in_lexicographic_order_each_mirrored_by_its_complement()
    {
        int[] masks = BlockCombinations.HalvesInLexicographicOrder(16);
        Assert.Equal(12_870, masks.Length);
        Assert.All(masks, m => Assert.Equal(8, int.PopCount(m)));
        Assert.Equal(masks.Length, masks.Distinct().Count());
        Assert.Equal(0x00FF, masks[0]);
        Assert.Equal(0xFF00, masks[^1]);
        for (int i = 0; i < masks.Length; i++)
            Assert.Equal(0xFFFF ^ masks[i], masks[masks.Length - 1 - i]);

        // Lexicographic order of the sorted block numbers: compare the lists element by element.
        static int[] Blocks(int mask) => Enumerable.Range(0, 16).Where(b => ((mask >> b) & 1) != 0).ToArray();
        Assert.All(masks.Zip(masks.Skip(1)), p => Assert.True(
            Blocks(p.First).Zip(Blocks(p.Second)).First(x => x.First != x.Second) is var (a, b) && a < b));
        Assert.Equal([0b01, 0b10], BlockCombinations.HalvesInLexicographicOrder(2));
    }
}
