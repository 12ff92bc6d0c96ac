using VixShield.Sweeps;

namespace VixShield.Grid.Results;

/// <summary>
/// Reads a finished sweep's output folder back (<c>run.json</c>, <c>sweep.yaml</c>, <c>results.parquet</c>); any file
/// missing or unreadable is a <see cref="SweepFolderException"/> naming it, a wrong sweep file a <see cref="SweepException"/>.
/// </summary>
public static class SweepOutputReader
{
    public static async Task<(SweepDefinition Sweep, IReadOnlyList<SetResult> Results, SweepRunRecord Run)> ReadAsync(string folder, CancellationToken cancel = default)
    {
        if (!Directory.Exists(folder))
            throw new SweepFolderException($"{folder}: no such folder");
        var run = await RunJson.ReadAsync(folder, cancel);
        string yaml = Path.Combine(folder, SweepOutputFolder.SweepFileName);
        if (!File.Exists(yaml))
            throw new SweepFolderException($"{yaml}: not found (the sweep file as run)");
        // Parsed as the file it was run from, so a relative data: resolves where it did then.
        var sweep = SweepFile.Parse(await File.ReadAllTextAsync(yaml, cancel), run.SweepFile);
        string parquet = Path.Combine(folder, SweepResultFiles.ParquetName);
        if (!File.Exists(parquet))
            throw new SweepFolderException($"{parquet}: not found");
        try
        {
            await using var stream = File.OpenRead(parquet);
            var table = await ResultsParquet.ReadAsync(stream, sweep, parquet, cancel);
            return (sweep, table.Rows, run);
        }
        catch (ResultsFileException e)
        {
            throw new SweepFolderException(e.Message, e);
        }
    }
}
