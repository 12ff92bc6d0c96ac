using VixShield.Core.Strategy;

namespace VixShield.Sweeps;

/// <summary>The valid names nearest to a misspelt one, for "did you mean" hints.</summary>
internal static class ClosestNames
{
    /// <summary>"did you mean a or b?" listing the best match and its exact ties (at most three).</summary>
    public static string Hint(string name, IEnumerable<string> valid)
    {
        // A name the typo abbreviates (max_dd → max_dd_days) beats any edit distance; then only exact ties of the best.
        var ranked = valid
            .Select(v => (Name: v, Distance: v.StartsWith(name, StringComparison.Ordinal) ? 0 : NameDistance.Levenshtein(name, v)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
            return "";
        var closest = ranked.TakeWhile(c => c.Distance == ranked[0].Distance).Take(3).Select(c => c.Name);
        return $"did you mean {string.Join(" or ", closest)}?";
    }
}
