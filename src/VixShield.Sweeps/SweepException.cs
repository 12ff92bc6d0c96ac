namespace VixShield.Sweeps;

/// <summary>A mistake in a sweep file: the message is one line naming the file, the line, the key and the problem.</summary>
public sealed class SweepException : Exception
{
    /// <summary>A problem with a key, not yet placed in a file (the sweep file reader adds file and line).</summary>
    public SweepException(string key, string problem)
        : this(null, null, key, problem)
    {
    }

    /// <summary>A problem placed in a file; <paramref name="line"/> is 1-based, null when the key is missing altogether.</summary>
    public SweepException(string? file, long? line, string key, string problem)
        : base(Compose(file, line, key, problem))
    {
        File = file;
        Line = line;
        Key = key;
        Problem = problem;
    }

    public string? File { get; }
    public long? Line { get; }
    public string Key { get; }
    public string Problem { get; }

    /// <summary>The same problem placed in a file at a line (a location already set is kept).</summary>
    public SweepException At(string file, long? line) =>
        File is null ? new SweepException(file, Line ?? line, Key, Problem) : this;

    private static string Compose(string? file, long? line, string key, string problem)
    {
        string where = file is null ? "" : line is null ? $"{file}: " : $"{file} line {line}: ";
        return $"{where}{key}: {problem}";
    }
}
