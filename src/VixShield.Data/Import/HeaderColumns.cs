using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>
/// A file's header line: finds columns by name (any order, case-insensitive, extra columns ignored) and reports
/// every required column that is missing in one error.
/// </summary>
internal sealed class HeaderColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _missing = [];
    private readonly string _place;

    private HeaderColumns(string[] names, string place)
    {
        Names = names;
        _place = place;
        for (int i = 0; i < names.Length; i++)
        {
            if (!_index.TryAdd(names[i], i))
                throw new DatasetException(place, $"column {names[i]} appears twice in the header");
        }
    }

    /// <summary>Column names as written (after <c>normalize</c>), for messages.</summary>
    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>Reads the header line; <paramref name="normalize"/> turns a raw name into the name looked up (e.g. strips OptionsDX brackets).</summary>
    public static HeaderColumns Read(CsvRecordReader csv, string file, Func<string, string> normalize)
    {
        if (!csv.Read())
            throw new DatasetException(file, "is empty (no header line)");
        var names = new string[csv.FieldCount];
        for (int i = 0; i < names.Length; i++)
            names[i] = normalize(csv[i].ToString());
        return new HeaderColumns(names, $"{file} line {csv.LineNumber}");
    }

    public int Optional(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The column's index, or -1 with the name remembered for <see cref="ThrowIfMissing"/>.</summary>
    public int Required(string name)
    {
        int i = Optional(name);
        if (i < 0) _missing.Add(name);
        return i;
    }

    /// <summary>Records a missing requirement that no single column name describes.</summary>
    public void Missing(string description) => _missing.Add(description);

    /// <summary>Requires exactly these columns, in any order: missing and unknown columns are both errors.</summary>
    public int[] RequireExactly(IReadOnlyList<string> names)
    {
        var indexes = new int[names.Count];
        for (int i = 0; i < names.Count; i++)
            indexes[i] = Required(names[i]);
        ThrowIfMissing();
        var expected = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        foreach (string name in Names)
        {
            if (!expected.Contains(name))
                throw new DatasetException(_place, $"unknown column \"{name}\" (expected exactly {string.Join(",", names)})");
        }

        return indexes;
    }

    public void ThrowIfMissing()
    {
        if (_missing.Count == 1)
            throw new DatasetException(_place, $"missing column {_missing[0]}");
        if (_missing.Count > 1)
            throw new DatasetException(_place, $"missing columns {string.Join(", ", _missing)}");
    }
}
