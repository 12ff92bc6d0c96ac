using VixShield.Core.Market;
using VixShield.Data.Format;
using VixShield.Data.Loading;

namespace VixShield.Data.Tests.Loading;

public class TapeLoaderTests
{
    [Fact]
    public async Task Loads_every_snapshot_expiry_and_quote_exactly()
    {
        using var raw = new RawDataset();
        await raw.Write(RawDataset.Series(), RawDataset.Options());

        var result = await TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken);
        var tape = result.Tape;

        Assert.Equal([20240102, 20240103, 20240104], tape.Dates);
        Assert.Equal(4704.8, tape.Series.SpxClose[1]);
        Assert.Equal(2000, tape.Series.Declines[1]);
        Assert.Equal(24, tape.SpxOptions.QuoteCount);
        Assert.Equal(new IndexRange(2, 4), tape.SpxOptions.Expiries(1));
        Assert.Equal(20240216, tape.SpxOptions.Expiration(3));
        Assert.Equal(SettlementStyle.Pm, tape.SpxOptions.Settlement(3));
        Assert.Equal(40.10, tape.SpxOptions.Bid(0));
        Assert.Equal(40.60, tape.SpxOptions.Ask(0));
        Assert.Equal(8, tape.SpxOptions.NextRow(0));
        Assert.False(tape.HasVixFutures);
        Assert.Equal(0, result.Report.DroppedTotal);
        Assert.Equal(24, result.Report.SpxOptionRows);
    }

    [Fact]
    public async Task A_date_range_loads_only_its_snapshots()
    {
        using var raw = new RawDataset();
        await raw.Write(RawDataset.Series(), RawDataset.Options());

        var tape = (await TapeLoader.LoadAsync(raw.Directory, new TapeLoadOptions(From: new DateOnly(2024, 1, 3)), TestContext.Current.CancellationToken)).Tape;

        Assert.Equal([20240103, 20240104], tape.Dates);
        Assert.Equal(16, tape.SpxOptions.QuoteCount);
        Assert.Equal(0, tape.FindSnapshot(20240103));
        Assert.Equal(-1, tape.FindSnapshot(20240102));
    }

    [Fact]
    public async Task Row_groups_decoded_in_parallel_are_stitched_in_order()
    {
        using var raw = new RawDataset();
        var options = RawDataset.Options();
        await raw.Write(RawDataset.Series(), []);
        await raw.WriteOptions(DatasetSchema.SpxOptionsFile(2024), options.Take(5).ToList(), options.Skip(5).Take(7).ToList(), options.Skip(12).ToList());

        var tape = (await TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken)).Tape;

        Assert.Equal(24, tape.SpxOptions.QuoteCount);
        for (int s = 0; s < 3; s++)
            Assert.Equal(2, tape.SpxOptions.Expiries(s).Count);
    }

    public static TheoryData<string, Func<List<SpxOptionRow>, List<SpxOptionRow>>, string> BadOptionRows => new()
    {
        { "crossed", rows => Replace(rows, 5, rows[5] with { Ask = 39.00 }), "spx_options/2024.parquet: row 5 (row group 0; 20240102 20240216 C 4750): crossed quote: bid 40.10 above ask 39.00" },
        { "negative", rows => Replace(rows, 1, rows[1] with { Bid = -0.05 }), "spx_options/2024.parquet: row 1 (row group 0; 20240102 20240119 C 4750): negative quote: bid -0.05, ask 40.60" },
        { "nan", rows => Replace(rows, 2, rows[2] with { ImpliedVol = double.NaN }), "spx_options/2024.parquet: row 2 (row group 0; 20240102 20240119 P 4700): a numeric column is NaN or infinite" },
        { "off-cent", rows => Replace(rows, 3, rows[3] with { Bid = 40.125 }), "spx_options/2024.parquet: row 3 (row group 0; 20240102 20240119 P 4750): bid 40.125 / ask 40.60 is not a whole number of cents" },
        { "expired", rows => Replace(rows, 0, rows[0] with { Expiration = 20231229 }), "spx_options/2024.parquet: row 0 (row group 0; 20240102 20231229 C 4700): expiration is before the quote date" },
        { "duplicate", rows => Replace(rows, 1, rows[0]), "spx_options/2024.parquet: row 1 (row group 0; 20240102 20240119 C 4700): duplicate key (date, expiration, right, strike)" },
        { "unsorted", rows => Swap(rows, 0, 1), "spx_options/2024.parquet: row 1 (row group 0; 20240102 20240119 C 4700): out of order: rows must be sorted by (date, expiration, right, strike)" },
        { "unknown date", rows => Replace(rows, 23, rows[23] with { Date = 20240105 }), "spx_options/2024.parquet: row 23 (row group 0; 20240105 20240216 P 4750): date is not a snapshot in series.parquet" },
        { "bad date", rows => Replace(rows, 0, rows[0] with { Expiration = 20240231 }), "spx_options/2024.parquet: row 0 (row group 0; 20240102 20240231 C 4700): date 20240102 or expiration 20240231 is not a valid yyyymmdd date" },
        { "non-positive strike", rows => Replace(rows, 0, rows[0] with { Strike = 0 }), "spx_options/2024.parquet: row 0 (row group 0; 20240102 20240119 C 0): strike 0 must be positive" },
    };

    [Theory]
    [MemberData(nameof(BadOptionRows))]
    public async Task A_bad_option_row_is_one_line_naming_file_row_and_problem(string kind, Func<List<SpxOptionRow>, List<SpxOptionRow>> spoil, string expected)
    {
        using var raw = new RawDataset();
        await raw.Write(RawDataset.Series(), spoil(RawDataset.Options()));

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken));

        Assert.True(expected == error.Message, $"{kind}: {error.Message}");
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Lenient_mode_drops_bad_rows_and_counts_each_kind()
    {
        using var raw = new RawDataset();
        var rows = RawDataset.Options();
        rows = Replace(rows, 5, rows[5] with { Ask = 39.00 });
        rows = Replace(rows, 6, rows[6] with { Bid = double.NaN });
        rows = Replace(rows, 9, rows[8]);
        await raw.Write(RawDataset.Series(), rows);

        var result = await TapeLoader.LoadAsync(raw.Directory, new TapeLoadOptions(Lenient: true), TestContext.Current.CancellationToken);

        Assert.Equal(21, result.Tape.SpxOptions.QuoteCount);
        Assert.Equal(1, result.Report.Dropped[("spx_options", QuoteProblem.CrossedQuote)]);
        Assert.Equal(1, result.Report.Dropped[("spx_options", QuoteProblem.NotANumber)]);
        Assert.Equal(1, result.Report.Dropped[("spx_options", QuoteProblem.DuplicateKey)]);
        Assert.Equal(3, result.Report.DroppedTotal);
    }

    [Fact]
    public async Task Rows_out_of_order_across_row_groups_are_caught()
    {
        using var raw = new RawDataset();
        var options = RawDataset.Options();
        await raw.Write(RawDataset.Series(), []);
        await raw.WriteOptions(DatasetSchema.SpxOptionsFile(2024), options.Skip(8).ToList(), options.Take(8).ToList());

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken));

        Assert.Equal("spx_options/2024.parquet: row group 1 starts with (20240102 20240119 C 4700), which does not sort after the previous row group's last row: rows out of order", error.Message);
    }

    [Fact]
    public async Task A_missing_column_is_named()
    {
        using var raw = new RawDataset();
        await raw.Write(RawDataset.Series(), RawDataset.Options());
        var schema = new Parquet.Schema.ParquetSchema(DatasetSchema.Series.Date, DatasetSchema.Series.SpxClose);
        await raw.WriteColumns(DatasetSchema.SeriesFile, schema, new[] { 20240102 }, new[] { 4700.0 });

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken));

        Assert.Equal("series.parquet: missing columns spx_open, spx_high, spx_low, vix, vix3m, advances, declines, rate", error.Message);
    }

    [Fact]
    public async Task A_mistyped_column_is_named_with_both_types()
    {
        using var raw = new RawDataset();
        await raw.Write(RawDataset.Series(), RawDataset.Options());
        var s = DatasetSchema.Series.Schema.GetDataFields();
        var fields = s.Select(f => f.Name == "advances" ? new Parquet.Schema.DataField<double>("advances") : f).ToArray();
        await raw.WriteColumns(DatasetSchema.SeriesFile, new Parquet.Schema.ParquetSchema(fields),
            new[] { 20240102 }, new[] { 1.0 }, new[] { 1.0 }, new[] { 1.0 }, new[] { 1.0 }, new[] { 1.0 }, new[] { 1.0 }, new[] { 1.0 }, new[] { 1 }, new[] { 0.05 });

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken));

        Assert.Equal("series.parquet: column advances has type double, expected int32", error.Message);
    }

    [Fact]
    public async Task Unsorted_series_dates_are_caught()
    {
        using var raw = new RawDataset();
        var series = RawDataset.Series();
        (series[1], series[2]) = (series[2], series[1]);
        await raw.Write(series, []);

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken));

        Assert.Equal("series.parquet: row 2 (date 20240103): date is before the previous row's 20240104; rows must be sorted by date", error.Message);
    }

    [Fact]
    public async Task A_folder_without_a_manifest_is_not_a_dataset()
    {
        using var raw = new RawDataset();

        var error = await Assert.ThrowsAsync<DatasetException>(() => TapeLoader.LoadAsync(raw.Directory, cancel: TestContext.Current.CancellationToken));

        Assert.EndsWith("dataset.json: missing: not a dataset folder (no dataset.json)", error.Message);
    }

    private static List<SpxOptionRow> Replace(List<SpxOptionRow> rows, int index, SpxOptionRow row)
    {
        var copy = rows.ToList();
        copy[index] = row;
        return copy;
    }

    private static List<SpxOptionRow> Swap(List<SpxOptionRow> rows, int a, int b)
    {
        var copy = rows.ToList();
        (copy[a], copy[b]) = (copy[b], copy[a]);
        return copy;
    }
}
