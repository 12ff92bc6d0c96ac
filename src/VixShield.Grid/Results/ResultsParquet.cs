using Parquet;
using Parquet.Schema;

namespace VixShield.Grid.Results;

/// <summary>Writes a <see cref="SweepResultTable"/> as Parquet: int64 set index, axis values as text, metrics as nullable doubles, error as text.</summary>
public static class ResultsParquet
{
    private const int RowGroupSize = 100_000;

    public static async Task WriteAsync(Stream stream, SweepResultTable table, CancellationToken cancel = default)
    {
        var index = new DataField<long>(SweepResultTable.IndexColumn);
        var axes = table.AxisNames.Select(n => new DataField<string>(n)).ToArray();
        var metrics = SweepResultTable.MetricNames.Select(n => new DataField<double?>(n)).ToArray();
        var error = new DataField<string>(SweepResultTable.ErrorColumn);
        var schema = new ParquetSchema([index, .. axes, .. metrics, error]);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Fastest };
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, options, cancellationToken: cancel);
        for (int start = 0; start < table.Rows.Count || start == 0; start += RowGroupSize)
        {
            int count = Math.Min(RowGroupSize, table.Rows.Count - start);
            var rows = Enumerable.Range(start, count).ToArray();
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<long>(index, rows.Select(r => table.Rows[r].Index).ToArray().AsMemory(), cancellationToken: cancel);
            for (int a = 0; a < axes.Length; a++)
                await group.WriteAsync(axes[a], rows.Select(r => table.AxisText(r, a)).ToArray());
            for (int m = 0; m < metrics.Length; m++)
                await group.WriteAsync<double>(metrics[m], rows.Select(r => table.Metric(r, m)).ToArray().AsMemory(), cancellationToken: cancel);
            await group.WriteAsync(error, rows.Select(r => table.Rows[r].Error).ToArray());
            if (count == 0)
                break;
        }
    }
}
