namespace VixShield.Sweeps;

/// <summary>The valid names nearest to a misspelt one, for "did you mean" hints.</summary>
internal static class ClosestNames
{
    /// <summary>"did you mean a or b?" listing the best match and its exact ties (at most three).</summary>
    public static string Hint(string name, IEnumerable<string> valid)
    {
        // A name the typo abbreviates (max_dd → max_dd_days) beats any edit distance; then only exact ties of the best.
        var ranked = valid
            .Select(v => (Name: v, Distance: v.StartsWith(name, StringComparison.Ordinal) ? 0 : EditDistance(name, v)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
            return "";
        var closest = ranked.TakeWhile(c => c.Distance == ranked[0].Distance).Take(3).Select(c => c.Name);
        return $"did you mean {string.Join(" or ", closest)}?";
    }

    /// <summary>Levenshtein distance: single-character edits that turn one name into the other.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
