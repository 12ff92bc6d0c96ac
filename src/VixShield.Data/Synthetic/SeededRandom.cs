using VixShield.Core.Pricing;

namespace VixShield.Data.Synthetic;

/// <summary>
/// A seeded, platform-independent random stream: xoshiro256** (Blackman and Vigna 2018) seeded through SplitMix64.
/// Used sequentially only, so a seed always yields the same path (System.Random's sequence is not a documented contract).
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(long seed)
    {
        ulong x = (ulong)seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextBits()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on the open interval (0, 1): 53 random bits, offset by half a step.</summary>
    public double NextUniform() => ((NextBits() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by inversion of the uniform (one uniform per normal, so draws never go out of step).</summary>
    public double NextNormal() => StandardNormal.InverseCdf(NextUniform());

    /// <summary>Poisson count with mean <paramref name="mean"/> (small means), by inversion of one uniform.</summary>
    public int NextPoisson(double mean)
    {
        double u = NextUniform(), p = Math.Exp(-mean), cumulative = p;
        int k = 0;
        while (u > cumulative && k < 50)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }

    /// <summary>The SplitMix64 output function: a well-mixed 64-bit hash of <paramref name="x"/> (Steele, Lea and Flood 2014).</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
