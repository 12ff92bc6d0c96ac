using System.Text.Json.Nodes;
using VixShield.Data.Format;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class OptionsDxImportTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Splits_each_line_into_a_call_and_a_put_and_settles_monthlies_am()
    {
        string options = _folder.Write("spx_eod_201601.txt", Samples.OptionsDx(
            Samples.OptionsDxLine("2016-01-14", "2016-01-22", "1900.000000", "1921.840000",
                new("", "", "", "", "", "3.000000", "32.900000", "33.700000"),
                new("-0.401200", "0.004100", "0.887000", "-0.912500", "0.231100", "120.000000", "13.100000", "13.600000")),
            Samples.OptionsDxLine("2016-01-14", "2016-01-15", "1900.000000", "1921.840000",
                new("0.746600", "0.009200", "0.331200", "-2.439100", "0.271500", "3100.000000", "24.100000", "25.300000"),
                new("-0.253300", "0.009500", "0.335000", "-2.551200", "0.281000", "4200.000000", "3.200000", "3.500000"))));
        string series = _folder.Write("series.csv", Samples.Series);

        var report = await _folder.ImportAsync(ImportFormat.OptionsDx, [options], series);

        Assert.Equal(new RowCounts(2, 4), report.SpxOptions);
        Assert.Equal(1, report.GreeksFilled);
        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016));
        Assert.Equal([20160115, 20160115, 20160122, 20160122], t.Ints("expiration"));
        Assert.Equal(["AM", "AM", "PM", "PM"], t.Strings("settlement"));
        Assert.Equal(["C", "P", "C", "P"], t.Strings("right"));
        Assert.Equal([24.10, 3.20, 32.90, 13.10], t.Doubles("bid"));
        Assert.Equal([25.30, 3.50, 33.70, 13.60], t.Doubles("ask"));
        // The call of the 2016-01-22 line has blank greeks: zero-volatility values (in the money: delta 1).
        Assert.Equal(ParquetTable.Float32([0.2715, 0.2810, 0, 0.2311]), t.Floats("iv"));
        Assert.Equal(ParquetTable.Float32([0.7466, -0.2533, 1, -0.4012]), t.Floats("delta"));
        Assert.Equal(ParquetTable.Float32([0.0092, 0.0095, 0, 0.0041]), t.Floats("gamma"));
        Assert.Equal(ParquetTable.Float32([-2.4391 * 365, -2.5512 * 365, 0, -0.9125 * 365]), t.Floats("theta"));
        Assert.Equal(ParquetTable.Float32([0.3312 * 100, 0.3350 * 100, 0, 0.8870 * 100]), t.Floats("vega"));
        Assert.Equal([1921.84, 1921.84, 1921.84, 1921.84], t.Doubles("underlying"));
        Assert.Equal([0, 0, 0, 0], t.Ints("open_interest"));
        Assert.Equal([3100, 4200, 3, 120], t.Ints("volume"));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder.Output, DatasetSchema.ManifestFile)))!;
        Assert.Equal("optionsdx", (string?)manifest["source"]!["format"]);
        Assert.Equal("16:00", (string?)manifest["snapshot_time"]);
    }

    [Fact]
    public async Task Settles_the_thursday_before_a_good_friday_am()
    {
        string series = _folder.Write("series.csv", """
            date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate
            2019-04-16,2905.83,2915.62,2905.83,2907.06,12.32,15.02,1500,1400,0.0239

            """);
        string options = _folder.Write("spx_eod_201904.txt", Samples.OptionsDx(
            Samples.OptionsDxLine("2019-04-16", "2019-04-18", "2905.000000", "2907.060000", Samples.DxQuote, Samples.DxQuote),
            Samples.OptionsDxLine("2019-04-16", "2019-04-17", "2905.000000", "2907.060000", Samples.DxQuote, Samples.DxQuote)));

        await _folder.ImportAsync(ImportFormat.OptionsDx, [options], series);

        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2019));
        Assert.Equal([20190417, 20190417, 20190418, 20190418], t.Ints("expiration"));
        Assert.Equal(["PM", "PM", "AM", "AM"], t.Strings("settlement"));
    }
}
