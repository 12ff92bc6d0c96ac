using Parquet;
using VixShield.Core.Market;
using VixShield.Data.Format;
using VixShield.Data.Loading.Pages;

namespace VixShield.Data.Tests.Loading;

public sealed class DictionaryColumnReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vixshield-tests", Guid.NewGuid().ToString("n"));

    [Theory]
    [InlineData(1)]       // one distinct value per row group is possible too (bit width 0 or 1)
    [InlineData(3)]
    [InlineData(40_000)]  // enough rows for bit-packed runs and several pages
    public async Task Reads_the_writers_code_columns_exactly_as_parquet_net_does(int strikesPerSide)
    {
        var rows = new List<SpxOptionRow>();
        foreach (int date in new[] { 20240102, 20240103, 20240201 })
        {
            foreach (var (exp, settlement) in new[] { (20240315, SettlementStyle.Am), (20240322, SettlementStyle.Pm) })
            {
                foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
                {
                    for (int k = 0; k < strikesPerSide; k++)
                        rows.Add(new SpxOptionRow(date, exp, settlement, 1000 + 5 * k, right, 1, 2, 0.2, 0.5, 0, 0, 0, 4700, 0, 0));
                }
            }
        }

        string dataset = Path.Combine(_root, $"set{strikesPerSide}");
        await using (var writer = DatasetWriter.Create(dataset))
        {
            await writer.WriteSeriesAsync([new SeriesRow(20240102, 1, 1, 1, 1, 1, 1, 1, 1, 0)], TestContext.Current.CancellationToken);
            await writer.WriteSpxOptionsAsync(2024, rows, TestContext.Current.CancellationToken);
            writer.Commit(new DatasetManifest { Name = "codes", Source = new DatasetSource { Kind = "synthetic" } });
        }

        string file = Path.Combine(dataset, DatasetSchema.SpxOptionsFile(2024));
        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        using var handle = File.OpenHandle(file);
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            foreach (var field in new[] { DatasetSchema.SpxOptions.Right, DatasetSchema.SpxOptions.Settlement })
            {
                var expected = new string?[n];
                await group.ReadAsync(field, expected.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                var chunk = reader.Metadata!.RowGroups[g].Columns.Single(c => c.MetaData!.PathInSchema[^1] == field.Name);
                var indices = new byte[n];

                Assert.True(DictionaryColumnReader.TryRead(handle, chunk, n, indices, out var dictionary), $"{field.Name}, row group {g}: the fast path refused the writer's own layout");
                Assert.Equal(expected, indices.Select(i => dictionary[i]));
            }

            await AssertSameAsParquetNet(reader, group, handle, g, n, DatasetSchema.SpxOptions.Strike);
            await AssertSameAsParquetNet(reader, group, handle, g, n, DatasetSchema.SpxOptions.Bid);
            await AssertSameAsParquetNet(reader, group, handle, g, n, DatasetSchema.SpxOptions.Iv);
            await AssertSameAsParquetNet(reader, group, handle, g, n, DatasetSchema.SpxOptions.Delta);
        }
    }

    private static async Task AssertSameAsParquetNet<T>(ParquetReader reader, ParquetRowGroupReader group, Microsoft.Win32.SafeHandles.SafeFileHandle handle, int g, int n, Parquet.Schema.DataField<T> field)
        where T : unmanaged
    {
        var expected = new T[n];
        await group.ReadAsync<T>(field, expected, cancellationToken: TestContext.Current.CancellationToken);
        var actual = new T[n];
        var chunk = reader.Metadata!.RowGroups[g].Columns.Single(c => c.MetaData!.PathInSchema[^1] == field.Name);

        Assert.True(FixedWidthColumnReader.TryRead<T>(handle, chunk, actual), $"{field.Name}, row group {g}: the fast path refused the writer's own layout");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Refuses_a_layout_it_does_not_know_so_the_caller_falls_back()
    {
        Directory.CreateDirectory(_root);
        string file = Path.Combine(_root, "snappy.parquet");
        var field = new Parquet.Schema.DataField<string>("right", nullable: false);
        await using (var stream = File.Create(file))
        await using (var writer = await ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(field), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: TestContext.Current.CancellationToken))
        using (var group = writer.CreateRowGroup())
            await group.WriteAsync(field, ["C", "P", "C"]);

        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        using var handle = File.OpenHandle(file);

        Assert.False(DictionaryColumnReader.TryRead(handle, reader.Metadata!.RowGroups[0].Columns[0], 3, new byte[3], out _));
    }

    [Fact]
    public async Task A_snappy_file_still_loads_through_the_fallback()
    {
        Directory.CreateDirectory(_root);
        var rows = RawDataset.Options();
        string dataset = Path.Combine(_root, "snappy");
        Directory.CreateDirectory(Path.Combine(dataset, DatasetSchema.SpxOptionsFolder));
        using (var raw = new RawDataset())
        {
            await raw.Write(RawDataset.Series(), rows);
            foreach (var file in Directory.GetFiles(raw.Directory, "*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(dataset, Path.GetRelativePath(raw.Directory, file)));
        }

        // RawDataset writes with Parquet.Net's defaults (Snappy): neither fast path applies, and nothing is lost.
        var tape = (await VixShield.Data.Loading.TapeLoader.LoadAsync(dataset, cancel: TestContext.Current.CancellationToken)).Tape;

        Assert.Equal(rows.Count, tape.SpxOptions.QuoteCount);
        Assert.Equal(40.10, tape.SpxOptions.Bid(0));
        Assert.Equal(OptionRight.Put, rows[2].Right);
        Assert.Equal(-0.38, tape.SpxOptions.Delta(2), 6);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
