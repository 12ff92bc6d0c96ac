namespace VixShield.Grid.Results;

/// <summary>A results file that cannot be read as the sweep's results: one line naming the file and the problem.</summary>
public sealed class ResultsFileException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;

    public string Problem { get; } = problem;
}
