namespace VixShield.Sweeps.Overfitting;

/// <summary>The ways to choose half of S blocks, as bit masks (bit b = block b) in lexicographic order of their sorted block numbers.</summary>
internal static class BlockCombinations
{
    /// <summary>
    /// All C(S, S/2) masks. In this order the complement of mask i is mask C − 1 − i, so the first half are exactly the masks
    /// holding block 0 and each pairs with its complement at the mirrored index.
    /// </summary>
    public static int[] HalvesInLexicographicOrder(int blockCount)
    {
        int half = blockCount / 2;
        var masks = new int[(int)Choose(blockCount, half)];
        var chosen = new int[half];
        for (int i = 0; i < half; i++)
            chosen[i] = i;
        for (int m = 0; ; m++)
        {
            int mask = 0;
            foreach (int b in chosen)
                mask |= 1 << b;
            masks[m] = mask;

            // The next combination: bump the rightmost block that still has room, then reset the ones after it.
            int k = half - 1;
            while (k >= 0 && chosen[k] == blockCount - half + k)
                k--;
            if (k < 0)
                return masks;
            chosen[k]++;
            for (int j = k + 1; j < half; j++)
                chosen[j] = chosen[j - 1] + 1;
        }
    }

    public static long Choose(int n, int k)
    {
        long result = 1;
        for (int i = 1; i <= k; i++)
            result = result * (n - k + i) / i;
        return result;
    }
}
