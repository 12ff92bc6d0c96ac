using Parquet;
using Parquet.Schema;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;
using VixShield.Sweeps.Ranking;

namespace VixShield.Grid.Results;

/// <summary>
/// A <see cref="SweepResultTable"/> as Parquet: int64 set index, axis values as text, metrics as nullable doubles, error
/// as text, then what the report needs and the CSV leaves out: each set's daily-return blocks
/// (<c>block_NN_count</c>, <c>block_NN_sum</c>, <c>block_NN_sum_sq</c>) and its walk-forward in-sample scores
/// (<c>in_sample_score_NN</c>), null where a set has none. <see cref="ReadAsync"/> reads it back bit for bit.
/// </summary>
public static class ResultsParquet
{
    private const int RowGroupSize = 100_000;

    public static async Task WriteAsync(Stream stream, SweepResultTable table, CancellationToken cancel = default)
    {
        var layout = ResultsLayout.Of(table);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Fastest };
        await using var writer = await ParquetWriter.CreateAsync(layout.Schema, stream, options, cancellationToken: cancel);
        for (int start = 0; start < table.Rows.Count || start == 0; start += RowGroupSize)
        {
            int count = Math.Min(RowGroupSize, table.Rows.Count - start);
            var rows = table.Rows.Skip(start).Take(count).ToArray();
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<long>(layout.Index, rows.Select(r => r.Index).ToArray().AsMemory(), cancellationToken: cancel);
            for (int a = 0; a < layout.Axes.Length; a++)
                await group.WriteAsync(layout.Axes[a], Enumerable.Range(start, count).Select(r => table.AxisText(r, a)).ToArray());
            for (int m = 0; m < layout.Metrics.Length; m++)
                await group.WriteAsync<double>(layout.Metrics[m], Enumerable.Range(start, count).Select(r => table.Metric(r, m)).ToArray().AsMemory(), cancellationToken: cancel);
            await group.WriteAsync(layout.Error, rows.Select(r => r.Error).ToArray());
            for (int b = 0; b < layout.BlockCounts.Length; b++)
            {
                await group.WriteAsync<int>(layout.BlockCounts[b], rows.Select(r => Block(r, b)?.Count).ToArray().AsMemory(), cancellationToken: cancel);
                await group.WriteAsync<double>(layout.BlockSums[b], rows.Select(r => Block(r, b)?.Sum).ToArray().AsMemory(), cancellationToken: cancel);
                await group.WriteAsync<double>(layout.BlockSumsOfSquares[b], rows.Select(r => Block(r, b)?.SumOfSquares).ToArray().AsMemory(), cancellationToken: cancel);
            }

            for (int w = 0; w < layout.WindowScores.Length; w++)
                await group.WriteAsync<double>(layout.WindowScores[w], rows.Select(r => r.WindowScores is { } s && w < s.Length ? s[w] : (double?)null).ToArray().AsMemory(), cancellationToken: cancel);
            if (count == 0)
                break;
        }
    }

    /// <summary>
    /// Reads a results file of <paramref name="sweep"/> back: every set's index, metrics, error, blocks and window
    /// scores as written (axis values are the sweep's own). A file that is not one, or not this sweep's, is a
    /// <see cref="ResultsFileException"/> naming <paramref name="shownName"/>.
    /// </summary>
    public static async Task<SweepResultTable> ReadAsync(Stream stream, SweepDefinition sweep, string shownName, CancellationToken cancel = default)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            throw new ResultsFileException(shownName, $"not a Parquet file ({e.Message.ReplaceLineEndings(" ")})");
        }

        await using (reader)
        {
            var layout = ResultsLayout.Read(reader.Schema, sweep, shownName);
            var results = new List<SetResult>();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int n = checked((int)group.RowCount);
                var index = new long[n];
                await group.ReadAsync<long>(layout.Index, index, cancellationToken: cancel);
                var metrics = new double?[layout.Metrics.Length][];
                for (int m = 0; m < metrics.Length; m++)
                    await group.ReadAsync<double>(layout.Metrics[m], metrics[m] = new double?[n], cancellationToken: cancel);
                var error = new string?[n];
                await group.ReadAsync(layout.Error, error.AsMemory(), cancellationToken: cancel);
                var counts = new int?[layout.BlockCounts.Length][];
                var sums = new double?[layout.BlockCounts.Length][];
                var squares = new double?[layout.BlockCounts.Length][];
                for (int b = 0; b < counts.Length; b++)
                {
                    await group.ReadAsync<int>(layout.BlockCounts[b], counts[b] = new int?[n], cancellationToken: cancel);
                    await group.ReadAsync<double>(layout.BlockSums[b], sums[b] = new double?[n], cancellationToken: cancel);
                    await group.ReadAsync<double>(layout.BlockSumsOfSquares[b], squares[b] = new double?[n], cancellationToken: cancel);
                }

                var scores = new double?[layout.WindowScores.Length][];
                for (int w = 0; w < scores.Length; w++)
                    await group.ReadAsync<double>(layout.WindowScores[w], scores[w] = new double?[n], cancellationToken: cancel);

                for (int i = 0; i < n; i++)
                {
                    if (index[i] < 0 || index[i] >= sweep.Grid.Count)
                        throw new ResultsFileException(shownName, $"row {results.Count + 1}: set_index {index[i]} is outside the sweep's {sweep.Grid.Count} sets");
                    results.Add(Row(index[i], metrics, error[i], counts, sums, squares, scores, i, shownName, results.Count + 1));
                }
            }

            return new SweepResultTable(sweep, results);
        }
    }

    private static SetResult Row(long index, double?[][] metrics, string? error, int?[][] counts, double?[][] sums, double?[][] squares,
        double?[][] scores, int i, string shownName, int row)
    {
        SetResult result;
        if (metrics[0][i] is null)
        {
            result = SetResult.Failed(index, error ?? "");
        }
        else
        {
            Span<double> values = stackalloc double[metrics.Length];
            for (int m = 0; m < metrics.Length; m++)
                values[m] = metrics[m][i] ?? throw new ResultsFileException(shownName, $"row {row}: {MetricTable.Names[m]} is empty while irr is not");
            try
            {
                result = SetResult.Ok(index, MetricTable.FromValues(values));
            }
            catch (ArgumentException e)
            {
                throw new ResultsFileException(shownName, $"row {row}: {e.Message}");
            }
        }

        BlockReturnStats[]? blocks = null;
        if (counts.Length > 0 && counts[0][i] is not null)
        {
            blocks = new BlockReturnStats[counts.Length];
            for (int b = 0; b < blocks.Length; b++)
                blocks[b] = new BlockReturnStats(counts[b][i] ?? 0, sums[b][i] ?? double.NaN, squares[b][i] ?? double.NaN);
        }

        double[]? windowScores = scores.Length > 0 && scores[0][i] is not null ? scores.Select(s => s[i] ?? double.NaN).ToArray() : null;
        return result with { Blocks = blocks, WindowScores = windowScores };
    }

    private static BlockReturnStats? Block(SetResult result, int block) =>
        result.Blocks is { } blocks && block < blocks.Length ? blocks[block] : null;
}
