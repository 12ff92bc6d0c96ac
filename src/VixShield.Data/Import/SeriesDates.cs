namespace VixShield.Data.Import;

/// <summary>The trading days the series CSV lists: every imported quote must fall on one of them.</summary>
internal sealed class SeriesDates(string file, IEnumerable<int> dates)
{
    private readonly HashSet<int> _dates = [.. dates];

    /// <summary>The series file's name, for messages.</summary>
    public string File { get; } = file;

    public bool Contains(int yyyymmdd) => _dates.Contains(yyyymmdd);
}
