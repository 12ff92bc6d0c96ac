using VixShield.Data.Format;
namespace VixShield.Grid.Results;

/// <summary>Writes <c>results.csv</c> and <c>results.parquet</c> into a folder, each under a temporary name renamed into place.</summary>
public static class SweepResultFiles
{
    public const string CsvName = "results.csv";

    public const string ParquetName = "results.parquet";

    public static async Task WriteAsync(string folder, SweepResultTable table, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        await AtomicFile.WriteAsync(Path.Combine(folder, CsvName), async stream =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            ResultsCsv.Write(writer, table);
        });
        await AtomicFile.WriteAsync(Path.Combine(folder, ParquetName), stream => ResultsParquet.WriteAsync(stream, table, cancel));
    }
}
