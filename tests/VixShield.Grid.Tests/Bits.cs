using VixShield.Core.Engine;
using VixShield.Sweeps;

namespace VixShield.Grid.Tests;

/// <summary>Bit-for-bit comparison of metrics: NaN payloads and the sign of zero count.</summary>
internal static class Bits
{
    public static bool Identical(BacktestMetrics a, BacktestMetrics b) =>
        typeof(BacktestMetrics).GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .All(p => p.GetValue(a) is double x && p.GetValue(b) is double y
                ? BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y)
                : Equals(p.GetValue(a), p.GetValue(b)));

    public static void AssertSame(IReadOnlyList<SetResult> expected, IReadOnlyList<SetResult> actual)
    {
        Assert.Equal(expected.Select(r => r.Index), actual.Select(r => r.Index));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Error, actual[i].Error);
            Assert.Equal(expected[i].Metrics is null, actual[i].Metrics is null);
            if (expected[i].Metrics is { } m)
                Assert.True(Identical(m, actual[i].Metrics!), $"set {expected[i].Index}: {m} vs {actual[i].Metrics}");
            // By bits: the structs' own equality calls 0.0 and -0.0 equal.
            Assert.Equal(expected[i].Blocks?.Select(b => (b.Count, BitConverter.DoubleToInt64Bits(b.Sum), BitConverter.DoubleToInt64Bits(b.SumOfSquares))),
                actual[i].Blocks?.Select(b => (b.Count, BitConverter.DoubleToInt64Bits(b.Sum), BitConverter.DoubleToInt64Bits(b.SumOfSquares))));
            Assert.Equal(expected[i].WindowScores?.Select(BitConverter.DoubleToInt64Bits), actual[i].WindowScores?.Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
