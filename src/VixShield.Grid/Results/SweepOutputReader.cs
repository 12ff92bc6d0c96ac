using Parquet;
using Parquet.Schema;
using VixShield.Core.Engine;
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
            return (sweep, await ResultsAsync(parquet, cancel), run);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new SweepFolderException($"{parquet}: not a results file: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    private static async Task<IReadOnlyList<SetResult>> ResultsAsync(string path, CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        DataField Field(string name) => fields.TryGetValue(name, out var f) ? f : throw new InvalidDataException($"no column {name}");
        var index = Field(SweepResultTable.IndexColumn);
        var metrics = SweepResultTable.MetricNames.Select(Field).ToArray();
        var error = Field(SweepResultTable.ErrorColumn);
        var results = new List<SetResult>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            var indices = new long[n];
            await group.ReadAsync<long>(index, indices, cancellationToken: cancel);
            var values = new double?[metrics.Length][];
            for (int m = 0; m < metrics.Length; m++)
            {
                values[m] = new double?[n];
                await group.ReadAsync<double>(metrics[m], values[m].AsMemory(), cancellationToken: cancel);
            }

            var errors = new string?[n];
            await group.ReadAsync(error, errors.AsMemory(), cancellationToken: cancel);
            for (int row = 0; row < indices.Length; row++)
            {
                results.Add(errors[row] is { Length: > 0 } text
                    ? SetResult.Failed(indices[row], text)
                    : SetResult.Ok(indices[row], MetricsOf(values, row)));
            }
        }

        return results;
    }

    private static BacktestMetrics MetricsOf(double?[][] v, int row)
    {
        double At(int m) => v[m][row] ?? double.NaN;
        return new BacktestMetrics(At(0), At(1), At(2), (int)At(3), At(4), At(5), At(6), At(7), At(8), At(9), At(10), At(11), At(12),
            (int)At(13), (int)At(14), At(15));
    }
}
