using VixShield.Core.Market;
using VixShield.Data.Format;
using VixShield.Data.Loading;
using VixShield.Data.Tests.Loading;

namespace VixShield.Data.Tests.Format;

public sealed class DatasetWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vixshield-tests", Guid.NewGuid().ToString("n"));

    private string Target => Path.Combine(_root, "set");

    private static DatasetManifest Manifest => new() { Name = "set", Source = new DatasetSource { Kind = "synthetic", Seed = 3 } };

    [Fact]
    public async Task A_committed_dataset_round_trips_through_the_loader()
    {
        await using (var writer = DatasetWriter.Create(Target))
        {
            await writer.WriteSeriesAsync(RawDataset.Series(), TestContext.Current.CancellationToken);
            await writer.WriteSpxOptionsAsync(2024, RawDataset.Options(), TestContext.Current.CancellationToken);
            await writer.WriteVixFuturesAsync([new VixFutureRow(20240102, 20240117, 14.05, 14.15, 14.10), new VixFutureRow(20240102, 20240214, 15.20, 15.30, 15.25)], TestContext.Current.CancellationToken);
            await writer.WriteVixOptionsAsync(2024, [new VixOptionRow(20240102, 20240117, 20, OptionRight.Call, 0.35, 0.40, 0.95, 0.12, 14.10)], TestContext.Current.CancellationToken);
            writer.Commit(Manifest);
        }

        var loaded = await TapeLoader.LoadAsync(Target, cancel: TestContext.Current.CancellationToken);

        Assert.Equal("2024-01-02", loaded.Manifest.Start);
        Assert.Equal("2024-01-04", loaded.Manifest.End);
        Assert.Equal(24, loaded.Manifest.Rows.SpxOptions);
        Assert.Equal(2, loaded.Manifest.Rows.VixFutures);
        Assert.Equal(24, loaded.Tape.SpxOptions.QuoteCount);
        Assert.Equal(15.20, loaded.Tape.VixFutures.Bid(1));
        Assert.Equal(14.10, loaded.Tape.VixOptions.Underlying(0));
        Assert.Equal(0.40, loaded.Tape.VixOptions.Ask(0));
        Assert.Empty(Directory.GetDirectories(_root, "*.partial-*"));
    }

    [Theory]
    [InlineData(15.30, 15.20, 15.25, "vix_futures.parquet: row 1 (20240102 20240214): crossed quote: bid 15.30 above ask 15.20")]
    [InlineData(15.20, 15.30, 0, "vix_futures.parquet: row 1 (20240102 20240214): settle 0 must be positive")]
    [InlineData(15.205, 15.30, 15.25, "vix_futures.parquet: row 1 (20240102 20240214): bid 15.205 / ask 15.30 is not a whole number of cents")]
    public async Task A_bad_vix_future_is_named_by_file_row_and_key(double bid, double ask, double settle, string expected)
    {
        await using (var writer = DatasetWriter.Create(Target))
        {
            await writer.WriteSeriesAsync(RawDataset.Series(), TestContext.Current.CancellationToken);
            await writer.WriteVixFuturesAsync([new VixFutureRow(20240102, 20240117, 14.05, 14.15, 14.10), new VixFutureRow(20240102, 20240214, bid, ask, settle)], TestContext.Current.CancellationToken);
            writer.Commit(Manifest);
        }

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(Target, cancel: TestContext.Current.CancellationToken));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task A_writer_disposed_without_commit_leaves_nothing_behind()
    {
        await using (var writer = DatasetWriter.Create(Target))
        {
            await writer.WriteSeriesAsync(RawDataset.Series(), TestContext.Current.CancellationToken);
        }

        Assert.False(Directory.Exists(Target));
        Assert.Empty(Directory.Exists(_root) ? Directory.GetFileSystemEntries(_root) : []);
    }

    [Fact]
    public async Task Rows_out_of_key_order_are_refused_before_anything_is_kept()
    {
        var rows = RawDataset.Options();
        (rows[0], rows[1]) = (rows[1], rows[0]);
        await using (var writer = DatasetWriter.Create(Target))
        {
            await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteSpxOptionsAsync(2024, rows, TestContext.Current.CancellationToken));
        }

        Assert.False(Directory.Exists(Target));
    }

    [Fact]
    public async Task An_existing_dataset_is_kept_unless_replacing_is_asked_for()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "keep.txt"), "mine");

        var error = Assert.Throws<DatasetException>(() => DatasetWriter.Create(Target));
        Assert.Equal($"{Target}: already exists and is not empty (use --force to replace it)", error.Message);

        await using (var writer = DatasetWriter.Create(Target, overwrite: true))
        {
            await writer.WriteSeriesAsync(RawDataset.Series(), TestContext.Current.CancellationToken);
            Assert.True(File.Exists(Path.Combine(Target, "keep.txt")), "the old dataset stays until the new one is complete");
            writer.Commit(Manifest);
        }

        Assert.False(File.Exists(Path.Combine(Target, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(Target, DatasetSchema.ManifestFile)));
    }

    [Fact]
    public async Task Option_files_get_one_row_group_per_month()
    {
        var rows = new List<SpxOptionRow>();
        var series = new List<SeriesRow>();
        foreach (int date in new[] { 20240131, 20240201, 20240301 })
        {
            series.Add(new SeriesRow(date, 4700, 4710, 4690, 4700, 14, 15, 1500, 1500, 0.05));
            rows.Add(new SpxOptionRow(date, 20240419, SettlementStyle.Am, 4700, OptionRight.Call, 50, 51, 0.14, 0.5, 0.001, -100, 500, 4700, 1, 1));
        }

        await using (var writer = DatasetWriter.Create(Target))
        {
            await writer.WriteSeriesAsync(series, TestContext.Current.CancellationToken);
            await writer.WriteSpxOptionsAsync(2024, rows, TestContext.Current.CancellationToken);
            writer.Commit(Manifest);
        }

        await using var reader = await Parquet.ParquetReader.CreateAsync(Path.Combine(Target, DatasetSchema.SpxOptionsFile(2024)), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(3, reader.RowGroupCount);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
