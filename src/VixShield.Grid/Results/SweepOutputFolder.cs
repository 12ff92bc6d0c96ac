using VixShield.Data.Format;
namespace VixShield.Grid.Results;

/// <summary>
/// The files of a finished sweep's output folder: <c>results.csv</c>, <c>results.parquet</c>, <c>sweep.yaml</c> (the
/// sweep file's text as run) and <c>run.json</c>, each written under a temporary name and renamed into place;
/// <c>run.json</c> comes last, so its presence says the folder is complete.
/// </summary>
public static class SweepOutputFolder
{
    public const string SweepFileName = "sweep.yaml";

    public static async Task WriteAsync(string folder, SweepResultTable table, SweepRunRecord run, CancellationToken cancel = default)
    {
        await SweepResultFiles.WriteAsync(folder, table, cancel);
        await WriteRunAsync(folder, table.Sweep.SourceText, run, cancel);
    }

    /// <summary><c>sweep.yaml</c> then <c>run.json</c>, for a writer that fetched the results files itself.</summary>
    public static async Task WriteRunAsync(string folder, string sweepText, SweepRunRecord run, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        await AtomicFile.WriteTextAsync(Path.Combine(folder, SweepFileName), sweepText, cancel);
        await RunJson.WriteAsync(folder, run, cancel);
    }
}
