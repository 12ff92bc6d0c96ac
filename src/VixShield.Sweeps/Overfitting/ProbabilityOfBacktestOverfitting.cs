using System.Numerics;
using System.Runtime.InteropServices;

namespace VixShield.Sweeps.Overfitting;

/// <summary>
/// The Probability of Backtest Overfitting by Combinatorially Symmetric Cross-Validation (CSCV), after Bailey, Borwein,
/// López de Prado and Zhu (2017), "The Probability of Backtest Overfitting". The T × N matrix of per-period returns
/// arrives as per-block sums, so a combination's Sharpe ratios are sums of S/2 blocks and nothing is re-run.
/// </summary>
public static class ProbabilityOfBacktestOverfitting
{
    /// <summary>C(24, 12) = 2,704,156 combinations; beyond that the outcomes alone outgrow memory and the run takes minutes per thousand strategies.</summary>
    public const int MaxBlockCount = 24;

    /// <summary>
    /// For every choice of S/2 of the S blocks as in sample (the rest out of sample), selects the strategy with the best
    /// in-sample Sharpe ratio and ranks it out of sample; PBO is the fraction of choices where it lands at or below the
    /// median. Each strategy's array holds its S blocks in time order, the same periods for every strategy. Bit-identical
    /// for the same input whatever <paramref name="maxDegreeOfParallelism"/> is (-1: all cores).
    /// </summary>
    public static BacktestOverfittingResult Compute(
        IReadOnlyList<BlockReturnStats[]> strategies, int maxDegreeOfParallelism = -1, CancellationToken cancel = default)
    {
        var tiles = Tile(strategies);
        int[] masks = BlockCombinations.HalvesInLexicographicOrder(tiles.BlockCount);
        var outcomes = new CombinationOutcome[masks.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancel };

        // A combination's out-of-sample half is another combination's in-sample half, so each pair of complementary
        // halves is evaluated once for both. Every pair writes only its own two slots, whichever thread runs it.
        Parallel.For(
            0, masks.Length / 2, options,
            () => new PairScratch(tiles.PaddedStrategyCount, tiles.BlockCount),
            (pair, _, scratch) =>
            {
                EvaluatePair(tiles, masks, pair, scratch, outcomes);
                return scratch;
            },
            _ => { });

        return Summarise(outcomes, tiles.StrategyCount, tiles.BlockCount);
    }

    /// <summary>
    /// Mean over sample standard deviation of rows given by their count, sum and sum of squares. No spread (fewer than two
    /// rows, or Σ(r − mean)² at most 10⁻¹² × Σr², the roundoff of a constant series) gives +∞ for a positive mean, −∞ for a
    /// negative one and 0 for a flat series, so every strategy still has a place in the order.
    /// </summary>
    internal static double Sharpe(double count, double sum, double sumOfSquares)
    {
        double mean = sum / count;
        double squaredDeviations = sumOfSquares - sum * mean;
        if (count < 2 || squaredDeviations <= sumOfSquares * 1e-12)
            return mean > 0 ? double.PositiveInfinity : mean < 0 ? double.NegativeInfinity : 0;
        return mean / Math.Sqrt(squaredDeviations / (count - 1));
    }

    /// <summary>The same arithmetic as <see cref="Sharpe(double, double, double)"/>, lane by lane, so the result is bit-identical to it.</summary>
    private static Vector<double> Sharpe(Vector<double> count, Vector<double> sum, Vector<double> sumOfSquares)
    {
        var mean = sum / count;
        var squaredDeviations = sumOfSquares - sum * mean;
        var flat = Vector.LessThan(count, new Vector<double>(2))
            | Vector.LessThanOrEqual(squaredDeviations, sumOfSquares * new Vector<double>(1e-12));
        var unbounded = Vector.ConditionalSelect(
            Vector.GreaterThan(mean, Vector<double>.Zero), new Vector<double>(double.PositiveInfinity),
            Vector.ConditionalSelect(Vector.LessThan(mean, Vector<double>.Zero), new Vector<double>(double.NegativeInfinity), Vector<double>.Zero));
        var sharpe = mean / Vector.SquareRoot(squaredDeviations / (count - Vector<double>.One));
        return Vector.ConditionalSelect(flat, unbounded, sharpe);
    }

    private sealed class PairScratch(int paddedStrategyCount, int blockCount)
    {
        public double[] SharpeA { get; } = new double[paddedStrategyCount];
        public double[] SharpeB { get; } = new double[paddedStrategyCount];
        public int[] BlocksA { get; } = new int[blockCount / 2];
        public int[] BlocksB { get; } = new int[blockCount / 2];
    }

    private static void EvaluatePair(Tiles tiles, int[] masks, int pair, PairScratch scratch, CombinationOutcome[] outcomes)
    {
        int indexB = masks.Length - 1 - pair;
        int maskA = masks[pair], maskB = masks[indexB];
        int[] blocksA = scratch.BlocksA, blocksB = scratch.BlocksB;
        for (int b = 0, a = 0, c = 0; b < tiles.BlockCount; b++)
        {
            // Offsets of the block's (count, sum, sum of squares) vectors within a tile.
            if (((maskA >> b) & 1) != 0) blocksA[a++] = 3 * b;
            else blocksB[c++] = 3 * b;
        }

        // Each half's Sharpe ratio for Vector<double>.Count strategies at a time; the blocks are added in ascending order.
        var data = MemoryMarshal.Cast<double, Vector<double>>(tiles.Stats.AsSpan());
        var outA = MemoryMarshal.Cast<double, Vector<double>>(scratch.SharpeA.AsSpan());
        var outB = MemoryMarshal.Cast<double, Vector<double>>(scratch.SharpeB.AsSpan());
        int stride = 3 * tiles.BlockCount;
        for (int g = 0; g < outA.Length; g++)
        {
            var tile = data.Slice(g * stride, stride);
            Vector<double> countA = default, sumA = default, squaresA = default, countB = default, sumB = default, squaresB = default;
            foreach (int o in blocksA)
            {
                countA += tile[o];
                sumA += tile[o + 1];
                squaresA += tile[o + 2];
            }

            foreach (int o in blocksB)
            {
                countB += tile[o];
                sumB += tile[o + 1];
                squaresB += tile[o + 2];
            }

            outA[g] = Sharpe(countA, sumA, squaresA);
            outB[g] = Sharpe(countB, sumB, squaresB);
        }

        // The padding lanes past the last strategy take no part in the selection or the ranks.
        int strategyCount = tiles.StrategyCount;
        var sharpeA = scratch.SharpeA.AsSpan(0, strategyCount);
        var sharpeB = scratch.SharpeB.AsSpan(0, strategyCount);
        int bestA = 0, bestB = 0;
        for (int j = 1; j < strategyCount; j++)
        {
            if (sharpeA[j] > sharpeA[bestA]) bestA = j;
            if (sharpeB[j] > sharpeB[bestB]) bestB = j;
        }

        double targetB = sharpeB[bestA], targetA = sharpeA[bestB];
        var (belowB, tiedB) = CountBelowAndTied(sharpeB, targetB);
        var (belowA, tiedA) = CountBelowAndTied(sharpeA, targetA);

        outcomes[pair] = Outcome(maskA, bestA, sharpeA[bestA], targetB, belowB, tiedB, strategyCount);
        outcomes[indexB] = Outcome(maskB, bestB, sharpeB[bestB], targetA, belowA, tiedA, strategyCount);
    }

    /// <summary>How many values are below the target and how many equal it, without a branch per value: a selected strategy's
    /// out-of-sample place is random, so branches on the comparisons would mispredict half the time.</summary>
    private static (int Below, int Tied) CountBelowAndTied(ReadOnlySpan<double> values, double target)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        var targets = new Vector<double>(target);
        Vector<long> below = default, tied = default;
        foreach (var v in vectors)
        {
            // A true comparison is all ones, −1 as a long.
            below -= Vector.LessThan(v, targets);
            tied -= Vector.Equals(v, targets);
        }

        long belowCount = Vector.Sum(below), tiedCount = Vector.Sum(tied);
        for (int j = vectors.Length * Vector<double>.Count; j < values.Length; j++)
        {
            belowCount += values[j] < target ? 1 : 0;
            tiedCount += values[j] == target ? 1 : 0;
        }

        return ((int)belowCount, (int)tiedCount);
    }

    private static CombinationOutcome Outcome(
        int inSampleBlocks, int selected, double inSampleSharpe, double outOfSampleSharpe, int below, int tied, int strategyCount)
    {
        // The tie group (which includes n* itself) shares the mean of the ranks it spans.
        double rank = 1 + below + (tied - 1) / 2.0;
        double relative = rank / (strategyCount + 1);
        return new CombinationOutcome(
            inSampleBlocks, selected, inSampleSharpe, outOfSampleSharpe, rank, relative, Math.Log(relative / (1 - relative)));
    }

    private static BacktestOverfittingResult Summarise(CombinationOutcome[] outcomes, int strategyCount, int blockCount)
    {
        // λ ≤ 0, decided on the exact half-integer rank rather than the rounded logarithm: landing exactly on the median
        // means the in-sample choice showed no out-of-sample edge, so it counts as overfit.
        int overfit = 0, losses = 0;
        var logits = new double[outcomes.Length];
        double logitSum = 0;
        for (int c = 0; c < outcomes.Length; c++)
        {
            var o = outcomes[c];
            if (2 * o.OutOfSampleRank <= strategyCount + 1) overfit++;
            if (o.OutOfSampleSharpe < 0) losses++;
            logits[c] = o.Logit;
            logitSum += o.Logit;
        }

        double logitMean = logitSum / logits.Length, logitSquares = 0;
        foreach (double l in logits)
            logitSquares += (l - logitMean) * (l - logitMean);
        Array.Sort(logits);
        int middle = logits.Length / 2;
        double median = logits.Length % 2 == 1 ? logits[middle] : (logits[middle - 1] + logits[middle]) / 2;
        var summary = new LogitSummary(
            logitMean, Math.Sqrt(logitSquares / (logits.Length - 1)), logits[0], median, logits[^1]);

        var (slope, intercept) = Degradation(outcomes);
        return new BacktestOverfittingResult(
            strategyCount, blockCount, (double)overfit / outcomes.Length, summary, (double)losses / outcomes.Length,
            slope, intercept, outcomes);
    }

    private static (double Slope, double Intercept) Degradation(CombinationOutcome[] outcomes)
    {
        int count = 0;
        double sumX = 0, sumY = 0;
        foreach (var o in outcomes)
        {
            if (!double.IsFinite(o.InSampleSharpe) || !double.IsFinite(o.OutOfSampleSharpe)) continue;
            count++;
            sumX += o.InSampleSharpe;
            sumY += o.OutOfSampleSharpe;
        }

        if (count < 2) return (double.NaN, double.NaN);
        double meanX = sumX / count, meanY = sumY / count, xx = 0, xy = 0;
        foreach (var o in outcomes)
        {
            if (!double.IsFinite(o.InSampleSharpe) || !double.IsFinite(o.OutOfSampleSharpe)) continue;
            double dx = o.InSampleSharpe - meanX;
            xx += dx * dx;
            xy += dx * (o.OutOfSampleSharpe - meanY);
        }

        if (!(xx > 0)) return (double.NaN, double.NaN);
        double slope = xy / xx;
        return (slope, meanY - slope * meanX);
    }

    /// <summary>
    /// The statistics in tiles of Vector&lt;double&gt;.Count strategies: tile by tile, block by block, the count, sum and sum of
    /// squares of the tile's strategies side by side, so one vector load reads one field of a block for all of them.
    /// </summary>
    private sealed record Tiles(double[] Stats, int StrategyCount, int BlockCount)
    {
        public int PaddedStrategyCount => Stats.Length / (3 * BlockCount);
    }

    /// <summary>Checks the input and lays it out in <see cref="Tiles"/>; lanes past the last strategy hold one zero return.</summary>
    private static Tiles Tile(IReadOnlyList<BlockReturnStats[]> strategies)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        int strategyCount = strategies.Count;
        if (strategyCount < 2)
            throw new ArgumentException($"PBO ranks strategies against each other and needs at least 2; got {strategyCount}", nameof(strategies));
        int blockCount = strategies[0]?.Length
            ?? throw new ArgumentException("strategy 0 has no block statistics (null)", nameof(strategies));
        if (blockCount < 2 || blockCount % 2 != 0)
            throw new ArgumentException(
                $"CSCV splits the blocks into two equal halves, so it needs an even number of blocks, at least 2; got {blockCount}", nameof(strategies));
        if (blockCount > MaxBlockCount)
            throw new ArgumentException(
                $"at most {MaxBlockCount} blocks (C({MaxBlockCount}, {MaxBlockCount / 2}) = 2,704,156 combinations); got {blockCount}", nameof(strategies));

        int lanes = Vector<double>.Count;
        int tileCount = (strategyCount + lanes - 1) / lanes;
        var stats = new double[tileCount * blockCount * 3 * lanes];
        for (int j = 0; j < tileCount * lanes; j++)
        {
            int tile = j / lanes, lane = j % lanes;
            var blocks = j < strategyCount ? Checked(strategies, j, blockCount) : null;
            for (int b = 0; b < blockCount; b++)
            {
                var block = blocks?[b] ?? new BlockReturnStats(1, 0, 0);
                int o = ((tile * blockCount + b) * 3) * lanes + lane;
                stats[o] = block.Count;
                stats[o + lanes] = block.Sum;
                stats[o + 2 * lanes] = block.SumOfSquares;
            }
        }

        return new Tiles(stats, strategyCount, blockCount);
    }

    private static BlockReturnStats[] Checked(IReadOnlyList<BlockReturnStats[]> strategies, int j, int blockCount)
    {
        var blocks = strategies[j] ?? throw new ArgumentException($"strategy {j} has no block statistics (null)", nameof(strategies));
        if (blocks.Length != blockCount)
            throw new ArgumentException(
                $"strategy {j} has {blocks.Length} blocks but strategy 0 has {blockCount}; every strategy must be split into the same blocks",
                nameof(strategies));
        for (int b = 0; b < blockCount; b++)
        {
            var block = blocks[b];
            if (block.Count < 1)
                throw new ArgumentException($"strategy {j} block {b}: count {block.Count}; every block needs at least one return", nameof(strategies));
            if (!double.IsFinite(block.Sum) || !double.IsFinite(block.SumOfSquares) || block.SumOfSquares < 0)
                throw new ArgumentException(
                    $"strategy {j} block {b}: sum {block.Sum} and sum of squares {block.SumOfSquares} must be finite, the latter ≥ 0", nameof(strategies));

            // Cauchy–Schwarz: (Σr)² ≤ n·Σr². Anything else is not the sums of one set of returns.
            if (block.Sum * block.Sum > block.Count * block.SumOfSquares * (1 + 1e-9))
                throw new ArgumentException(
                    $"strategy {j} block {b}: sum {block.Sum} is too large for sum of squares {block.SumOfSquares} over {block.Count} returns",
                    nameof(strategies));
        }

        return blocks;
    }
}
