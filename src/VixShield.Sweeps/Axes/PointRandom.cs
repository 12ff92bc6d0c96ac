namespace VixShield.Sweeps.Axes;

/// <summary>
/// The random numbers of one (seed, sample index, axis) cell: a SplitMix64 counter stream whose start is a pure
/// function of the three, so any worker computes sample i alone, identically on every machine.
/// </summary>
public struct PointRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15;
    private ulong _state;

    public PointRandom(ulong seed, long index, int axis)
    {
        _state = Mix(Mix(Mix(seed) + (ulong)index) + (ulong)axis);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A uniform draw in [0, 1) with 53 random bits.</summary>
    public double NextUnit() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform whole number in [0, <paramref name="count"/>) (multiply-high, bias below 2^-64 × count).</summary>
    public long NextIndex(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (long)Math.BigMul(NextBits(), (ulong)count, out _);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of 64 bits.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
