namespace VixShield.Grid.Results;

/// <summary>Writes <c>results.csv</c> and <c>results.parquet</c> into a folder, each under a temporary name renamed into place.</summary>
public static class SweepResultFiles
{
    public const string CsvName = "results.csv";

    public const string ParquetName = "results.parquet";

    public static async Task WriteAsync(string folder, SweepResultTable table, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        await AtomicallyAsync(Path.Combine(folder, CsvName), async stream =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            ResultsCsv.Write(writer, table);
        });
        await AtomicallyAsync(Path.Combine(folder, ParquetName), stream => ResultsParquet.WriteAsync(stream, table, cancel));
    }

    private static async Task AtomicallyAsync(string path, Func<Stream, Task> write)
    {
        string temporary = $"{path}.tmp-{Environment.ProcessId}";
        try
        {
            await using (var stream = File.Create(temporary))
                await write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
