namespace VixShield.Sweeps.Reading;

/// <summary>The line each dotted key of a sweep file was written on, so a problem found later can point at it.</summary>
internal sealed class KeyLines
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    public void Note(string key, long line) => _lines.TryAdd(key, line);

    /// <summary>The line of the key, or of its nearest written parent (<c>grid.a.b</c> → <c>grid.a</c> → <c>grid</c>); null if none.</summary>
    public long? LineOf(string key)
    {
        for (string? k = key; k is not null; k = Parent(k))
        {
            if (_lines.TryGetValue(k, out long line))
                return line;
        }

        return null;
    }

    private static string? Parent(string key)
    {
        int dot = key.LastIndexOf('.');
        return dot < 0 ? null : key[..dot];
    }
}
