namespace VixShield.Data.Format;

/// <summary>Bad input in a dataset or a vendor file: the message names the file, the place in it and the problem, on one line.</summary>
public sealed class DatasetException : Exception
{
    public DatasetException(string file, string problem)
        : base($"{file}: {problem}")
    {
        File = file;
        Problem = problem;
    }

    public string File { get; }

    public string Problem { get; }
}
