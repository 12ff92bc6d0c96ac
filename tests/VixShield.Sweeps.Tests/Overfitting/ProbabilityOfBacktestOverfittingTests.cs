using VixShield.Sweeps.Overfitting;

namespace VixShield.Sweeps.Tests.Overfitting;

public sealed class ProbabilityOfBacktestOverfittingTests
{
    private static BacktestOverfittingResult Pbo(IReadOnlyList<BlockReturnStats[]> strategies, int maxDegreeOfParallelism = -1) =>
        ProbabilityOfBacktestOverfitting.Compute(strategies, maxDegreeOfParallelism, TestContext.Current.CancellationToken);

    private static BlockReturnStats[] OneReturnPerBlock(params double[] returns) =>
        returns.Select(r => new BlockReturnStats(1, r, r * r)).ToArray();

    [Fact]
    public void Three_strategies_over_four_blocks_match_the_hand_computation()
    {
        // One return per block, so a half is two returns x, y: mean (x + y)/2, sample sd |x − y|/√2, and the Sharpe ratio
        // (x + y)/(√2·|x − y|). Ranking only needs r = (x + y)/|x − y|.
        //     blocks:  0   1   2   3
        //     A        6   1   2   4
        //     B        5  −1   4   0
        //     C        6   5  −3   3
        // In sample → r of A, B, C → n* | out of sample → r of A, B, C → rank of n* (1 = worst of 3)
        // {0,1}: 7/5, 4/6, 11/1 → C     | {2,3}: 6/2, 4/4, 0/6 → C is worst: rank 1
        // {0,2}: 8/4, 9/1, 3/9 → B      | {1,3}: 5/3, −1/1, 8/2 → B is worst: rank 1
        // {0,3}: 10/2, 5/5, 9/3 → A     | {1,2}: 3/1, 3/5, 2/8 → A is best: rank 3
        // {1,2}: 3/1, 3/5, 2/8 → A      | {0,3}: 10/2, 5/5, 9/3 → A is best: rank 3
        // {1,3}: 5/3, −1/1, 8/2 → C     | {0,2}: 8/4, 9/1, 3/9 → C is worst: rank 1
        // {2,3}: 6/2, 4/4, 0/6 → A      | {0,1}: 7/5, 4/6, 11/1 → A is the median: rank 2
        // ω̄ = rank/4 = 1/4, 1/4, 3/4, 3/4, 1/4, 1/2 and λ = −ln 3, −ln 3, ln 3, ln 3, −ln 3, 0.
        // λ ≤ 0 in 4 of 6 combinations: PBO = 2/3 (it would be 1/2 with λ < 0; the last combination is the difference).
        // Out-of-sample Sharpe of n* below zero only in {0,2} (B's −1/√2): probability of loss 1/6; {0,1}'s C is exactly 0.
        BlockReturnStats[][] strategies =
        [
            OneReturnPerBlock(6, 1, 2, 4),
            OneReturnPerBlock(5, -1, 4, 0),
            OneReturnPerBlock(6, 5, -3, 3),
        ];

        var result = Pbo(strategies);

        Assert.Equal((3, 4), (result.StrategyCount, result.BlockCount));
        Assert.Equal([0b0011, 0b0101, 0b1001, 0b0110, 0b1010, 0b1100], result.Combinations.Select(c => c.InSampleBlocks));
        Assert.Equal([2, 1, 0, 0, 2, 0], result.Combinations.Select(c => c.Selected));
        Assert.Equal([1.0, 1, 3, 3, 1, 2], result.Combinations.Select(c => c.OutOfSampleRank));
        Assert.Equal([0.25, 0.25, 0.75, 0.75, 0.25, 0.5], result.Combinations.Select(c => c.RelativeRank));
        double ln3 = Math.Log(3);
        Assert.All(
            result.Combinations.Zip([-ln3, -ln3, ln3, ln3, -ln3, 0]),
            p => Assert.Equal(p.Second, p.First.Logit, 1e-15));
        Assert.Equal(2.0 / 3, result.Probability, 1e-15);
        Assert.Equal(1.0 / 6, result.ProbabilityOfLoss, 1e-15);

        // {0,1}: C in sample is (6, 5): 11/√2; out of sample (−3, 3): exactly 0.
        Assert.Equal(11 / Math.Sqrt(2), result.Combinations[0].InSampleSharpe, 1e-12);
        Assert.Equal(0, result.Combinations[0].OutOfSampleSharpe);
        Assert.True(result.Combinations[0].IsInSample(1));
        Assert.False(result.Combinations[0].IsInSample(2));

        // Logits sorted: −ln 3 ×3, 0, ln 3 ×2: mean −ln 3/6, median (−ln 3 + 0)/2.
        Assert.Equal(-ln3 / 6, result.Logits.Mean, 1e-15);
        Assert.Equal(-ln3 / 2, result.Logits.Median, 1e-15);
        Assert.Equal(-ln3, result.Logits.Minimum, 1e-15);
        Assert.Equal(ln3, result.Logits.Maximum, 1e-15);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(200)]
    public void Pure_noise_overfits_about_half_the_time(int strategies)
    {
        // iid normal returns: no strategy has an edge, so the in-sample best is a random draw out of sample and λ centres
        // on 0. One matrix alone is a poor gauge: its 12,870 combinations share the same returns, and over seeds 1..40
        // single-matrix PBOs ran from 0.13 to 0.84. The mean of ten seeds is steadier: in batches of ten seeds (1..10,
        // 11..20, ... 91..100) it stayed within 0.40..0.58 for each of these N, the mean logit within ±0.4, and the mean
        // slope between −0.55 and −0.23 (in and out of sample are complementary halves of one fixed history, so a lucky
        // first half means a worse second). A rank read backwards or off by one fails the hand-computed case instead.
        double pbo = 0, logitMean = 0, slope = 0, loss = 0;
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var result = Pbo(NoiseReturns.Blocks(seed, strategies, 1_600));
            Assert.Equal(12_870, result.Combinations.Count);
            pbo += result.Probability / 10;
            logitMean += result.Logits.Mean / 10;
            slope += result.DegradationSlope / 10;
            loss += result.ProbabilityOfLoss / 10;
        }

        Assert.InRange(pbo, 0.35, 0.65);
        Assert.InRange(logitMean, -0.75, 0.75);
        Assert.InRange(loss, 0.35, 0.65);
        Assert.True(slope < 0, $"mean slope {slope}");
    }

    [Fact]
    public void One_strategy_with_a_real_edge_is_selected_and_holds_up_out_of_sample()
    {
        // Strategy 37 earns 0.3% a day at 1% deviation (a per-day Sharpe of 0.3, about 4.8 a year); the other 99 are
        // noise, whose best half-sample Sharpe is near 2.5/√800 ≈ 0.09.
        var strategies = NoiseReturns.Blocks(11, 100, 1_600);
        strategies[37] = ReturnBlocks.Split(NoiseReturns.Series(11, 1_000, 1_600, 0.003, 0.01));

        var result = Pbo(strategies);

        Assert.True(result.Probability < 0.05, $"PBO {result.Probability}");
        Assert.All(result.Combinations, c => Assert.Equal(37, c.Selected));
        Assert.All(result.Combinations, c => Assert.Equal(100, c.OutOfSampleRank));
        // Best of 100 out of sample: ω̄ = 100/101, λ = ln 100.
        Assert.Equal(Math.Log(100), result.Logits.Median, 1e-12);
        Assert.Equal(0, result.ProbabilityOfLoss);
    }

    [Fact]
    public void The_outcomes_match_a_direct_computation_from_the_return_matrix()
    {
        // 7 strategies × 120 days in 6 blocks (C(6,3) = 20 combinations), recomputed here from the raw returns of each
        // half with no block sums at all: the selection and ranks must agree and the Sharpe ratios to roundoff.
        const int strategyCount = 7, days = 120, blockCount = 6;
        var returns = Enumerable.Range(0, strategyCount).Select(j => NoiseReturns.Series(5, j, days, 0.0002 * j, 0.01)).ToArray();
        var result = Pbo(returns.Select(r => ReturnBlocks.Split(r, blockCount)).ToArray());

        Assert.Equal(20, result.Combinations.Count);
        foreach (var outcome in result.Combinations)
        {
            var inSample = Enumerable.Range(0, days).Where(t => outcome.IsInSample(t / (days / blockCount))).ToArray();
            var outOfSample = Enumerable.Range(0, days).Except(inSample).ToArray();
            var isSharpe = returns.Select(r => ReturnMoments.Of(inSample.Select(t => r[t]).ToArray()).SharpePerPeriod).ToArray();
            var oosSharpe = returns.Select(r => ReturnMoments.Of(outOfSample.Select(t => r[t]).ToArray()).SharpePerPeriod).ToArray();
            int selected = Array.IndexOf(isSharpe, isSharpe.Max());
            Assert.Equal(selected, outcome.Selected);
            Assert.Equal(1 + oosSharpe.Count(s => s < oosSharpe[selected]), outcome.OutOfSampleRank);
            Assert.Equal(isSharpe[selected], outcome.InSampleSharpe, 1e-12);
            Assert.Equal(oosSharpe[selected], outcome.OutOfSampleSharpe, 1e-12);

            // From the block sums added in ascending block order, the scalar formula gives the very same bits as the
            // vectorised one.
            var blocks = ReturnBlocks.Split(returns[selected], blockCount);
            double count = 0, sum = 0, squares = 0;
            for (int b = 0; b < blockCount; b++)
            {
                if (!outcome.IsInSample(b)) continue;
                count += blocks[b].Count;
                sum += blocks[b].Sum;
                squares += blocks[b].SumOfSquares;
            }

            Assert.Equal(ProbabilityOfBacktestOverfitting.Sharpe(count, sum, squares), outcome.InSampleSharpe);
        }
    }

    [Fact]
    public void The_result_is_bit_identical_whatever_the_parallelism()
    {
        var strategies = NoiseReturns.Blocks(3, 61, 1_700);
        var serial = Pbo(strategies, maxDegreeOfParallelism: 1);
        var parallel = Pbo(strategies, maxDegreeOfParallelism: 4);
        var again = Pbo(strategies);
        Assert.Equal(serial.Combinations, parallel.Combinations);
        Assert.Equal(serial.Combinations, again.Combinations);
        Assert.Equal(serial with { Combinations = [] }, parallel with { Combinations = [] });
    }

    [Fact]
    public void Identical_strategies_all_tie_at_the_median_which_counts_as_overfit()
    {
        // Every strategy the same: n* is strategy 0 by the lowest-index rule, it ties with all N out of sample and takes the
        // mean rank (N + 1)/2, so ω̄ = 1/2 and λ = 0 in every combination. No out-of-sample edge: PBO 1 under λ ≤ 0.
        var same = ReturnBlocks.Split(NoiseReturns.Series(9, 0, 400, 0, 0.01));
        var result = Pbo([same, same, same, same]);
        Assert.All(result.Combinations, c => Assert.Equal((0, 2.5, 0.0), (c.Selected, c.OutOfSampleRank, c.Logit)));
        Assert.Equal(1, result.Probability);
        Assert.Equal((0.0, 0.0), (result.Logits.Mean, result.Logits.StandardDeviation));
    }

    [Fact]
    public void Series_without_spread_rank_by_the_sign_of_their_mean()
    {
        // Constant +0.1%, always flat, constant −0.1%, and noise: the constant gainer has an infinite Sharpe ratio in every
        // half, is always selected and always best out of sample; the regression has no finite points left.
        var noise = ReturnBlocks.Split(NoiseReturns.Series(4, 0, 160, 0, 0.01), 8);
        BlockReturnStats[] Constant(double r) => ReturnBlocks.Split(Enumerable.Repeat(r, 160).ToArray(), 8);
        var result = Pbo([Constant(-0.001), noise, Constant(0), Constant(0.001)]);
        Assert.Equal(70, result.Combinations.Count);
        Assert.All(result.Combinations, c => Assert.Equal((3, 4.0, double.PositiveInfinity), (c.Selected, c.OutOfSampleRank, c.OutOfSampleSharpe)));
        Assert.Equal(0, result.Probability);
        Assert.True(double.IsNaN(result.DegradationSlope));

        Assert.Equal(double.PositiveInfinity, ProbabilityOfBacktestOverfitting.Sharpe(5, 0.005, 0.000005));
        Assert.Equal(double.NegativeInfinity, ProbabilityOfBacktestOverfitting.Sharpe(5, -0.005, 0.000005));
        Assert.Equal(0, ProbabilityOfBacktestOverfitting.Sharpe(5, 0, 0));
        Assert.Equal(double.PositiveInfinity, ProbabilityOfBacktestOverfitting.Sharpe(1, 0.01, 0.0001));
    }

    [Fact]
    public void Bad_input_is_refused_with_a_message_that_names_the_problem()
    {
        BlockReturnStats[] Blocks(int count) => Enumerable.Repeat(new BlockReturnStats(10, 0.01, 0.001), count).ToArray();
        string Message(IReadOnlyList<BlockReturnStats[]> strategies) =>
            Assert.Throws<ArgumentException>(() => Pbo(strategies)).Message;

        Assert.Contains("even number of blocks, at least 2; got 5", Message([Blocks(5), Blocks(5)]));
        Assert.Contains("even number of blocks, at least 2; got 0", Message([Blocks(0), Blocks(0)]));
        Assert.Contains("at most 24 blocks", Message([Blocks(26), Blocks(26)]));
        Assert.Contains("strategy 2 has 14 blocks but strategy 0 has 16", Message([Blocks(16), Blocks(16), Blocks(14)]));
        Assert.Contains("needs at least 2; got 1", Message([Blocks(16)]));
        Assert.Contains("needs at least 2; got 0", Message([]));
        Assert.Contains("strategy 1 has no block statistics", Message([Blocks(4), null!]));

        var empty = Blocks(4);
        empty[3] = new BlockReturnStats(0, 0, 0);
        Assert.Contains("strategy 1 block 3: count 0", Message([Blocks(4), empty]));
        var infinite = Blocks(4);
        infinite[0] = new BlockReturnStats(10, double.NaN, 0.001);
        Assert.Contains("strategy 0 block 0: sum NaN", Message([infinite, Blocks(4)]));
        var impossible = Blocks(4);
        impossible[2] = new BlockReturnStats(2, 1, 0.1);
        Assert.Contains("strategy 0 block 2: sum 1 is too large", Message([impossible, Blocks(4)]));
        Assert.Throws<ArgumentNullException>(() => Pbo(null!));
    }
}
