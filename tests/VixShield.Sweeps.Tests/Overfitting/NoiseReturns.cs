using VixShield.Sweeps.Axes;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Sweeps.Tests.Overfitting;

/// <summary>Seeded iid normal daily returns, one series per strategy, the same on every run (SplitMix64 streams and Box–Muller).</summary>
internal static class NoiseReturns
{
    public static double[] Series(ulong seed, int strategy, int length, double mean, double deviation)
    {
        var random = new PointRandom(seed, strategy, 0);
        var returns = new double[length];
        for (int t = 0; t < length; t++)
        {
            double u = 1 - random.NextUnit(), v = random.NextUnit();
            returns[t] = mean + deviation * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
        }

        return returns;
    }

    /// <summary><paramref name="strategies"/> pure-noise strategies (mean 0, 1% a day), split into blocks.</summary>
    public static BlockReturnStats[][] Blocks(ulong seed, int strategies, int length, int blockCount = 16) =>
        Enumerable.Range(0, strategies)
            .Select(j => ReturnBlocks.Split(Series(seed, j, length, 0, 0.01), blockCount))
            .ToArray();
}
