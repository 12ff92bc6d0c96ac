using System.Text.Json.Nodes;
using VixShield.Data.Format;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class CboeEodImportTests : IDisposable
{
    /// <summary>The vendor's full "EOD Option Quotes with Calcs" layout: 34 columns, most of which the importer ignores.</summary>
    private const string FullHeader =
        "underlying_symbol,quote_date,root,expiration,strike,option_type,open,high,low,close,trade_volume,bid_size_1545,bid_1545,"
        + "ask_size_1545,ask_1545,underlying_bid_1545,underlying_ask_1545,implied_underlying_price_1545,active_underlying_price_1545,"
        + "implied_volatility_1545,delta_1545,gamma_1545,theta_1545,vega_1545,rho_1545,bid_size_eod,bid_eod,ask_size_eod,ask_eod,"
        + "underlying_bid_eod,underlying_ask_eod,vwap,open_interest,delivery_code";

    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string FullRow(
        string date, string root, string expiration, int strike, char type, string bid, string ask,
        string iv, string delta, string gamma, string theta, string vega, string active, int openInterest, int volume,
        string deliveryCode = "") =>
        $"^SPX,{date},{root},{expiration},{strike},{type},0,0,0,0,{volume},10,{bid},12,{ask},0,0,{active},{active},"
        + $"{iv},{delta},{gamma},{theta},{vega},0.0101,10,{bid},12,{ask},0,0,0,{openInterest},{deliveryCode}";

    [Fact]
    public async Task Imports_spx_and_spxw_in_dataset_order_with_greeks_in_dataset_units()
    {
        string options = _folder.Write("UnderlyingOptionsEODCalcs_2016-01.csv", string.Join('\n',
            FullHeader,
            FullRow("2016-01-14", "SPXW", "2016-01-22", 1900, 'P', "13.10", "13.60", "0.2311", "-0.4012", "0.0041", "-0.9125", "0.8870", "1921.84", 1500, 120),
            FullRow("2016-01-14", "SPX", "2016-01-15", 1900, 'P', "3.20", "3.50", "0.2810", "-0.2533", "0.0095", "-2.5512", "0.3350", "1921.84", 9000, 4200),
            FullRow("2016-01-14", "SPXW", "2016-01-15", 1900, 'C', "24.00", "25.00", "0.2700", "0.7300", "0.0090", "-2.4000", "0.3300", "1921.84", 10, 1),
            FullRow("2016-01-14", "SPX", "2016-01-15", 1900, 'C', "24.10", "25.30", "0.2715", "0.7466", "0.0092", "-2.4391", "0.3312", "1921.84", 8000, 3100),
            FullRow("2016-01-14", "SPXW", "2016-01-15", 1905, 'P', "4.40", "4.80", "0.2790", "-0.3001", "0.0099", "-2.6000", "0.3400", "1921.84", 5, 2),
            FullRow("2016-01-14", "SPXPM", "2016-01-15", 1900, 'C', "24.00", "25.00", "0.2700", "0.7300", "0.0090", "-2.4000", "0.3300", "1921.84", 10, 1),
            FullRow("2016-01-14", "SPXW", "2016-01-22", 1900, 'C', "32.90", "33.70", "0.2212", "0.6104", "0.0039", "-0.8811", "0.8702", "1921.84", 700, 55),
            FullRow("2016-01-13", "SPX", "2016-02-19", 1850, 'C', "71.50", "73.10", "0.2402", "0.6222", "0.0021", "-0.4455", "2.2301", "1890.28", 22000, 900,
                "\"note, with a comma\"")) + "\n");
        string series = _folder.Write("series.csv", Samples.Series);

        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [options], series);

        Assert.Equal(new RowCounts(8, 5), report.SpxOptions);
        Assert.Equal(new Dictionary<SkipReason, long> { [SkipReason.OtherRoot] = 1, [SkipReason.WeeklyOnMonthlyExpiration] = 2 }, report.Skipped);
        Assert.Empty(report.Dropped);
        Assert.Equal(0, report.GreeksFilled);

        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016));
        Assert.Equal([20160113, 20160114, 20160114, 20160114, 20160114], t.Ints("date"));
        Assert.Equal([20160219, 20160115, 20160115, 20160122, 20160122], t.Ints("expiration"));
        Assert.Equal(["AM", "AM", "AM", "PM", "PM"], t.Strings("settlement"));
        Assert.Equal(["C", "C", "P", "C", "P"], t.Strings("right"));
        Assert.Equal([1850.0, 1900, 1900, 1900, 1900], t.Doubles("strike"));
        Assert.Equal([71.50, 24.10, 3.20, 32.90, 13.10], t.Doubles("bid"));
        Assert.Equal([73.10, 25.30, 3.50, 33.70, 13.60], t.Doubles("ask"));
        Assert.Equal(ParquetTable.Float32([0.2402, 0.2715, 0.2810, 0.2212, 0.2311]), t.Floats("iv"));
        Assert.Equal(ParquetTable.Float32([0.6222, 0.7466, -0.2533, 0.6104, -0.4012]), t.Floats("delta"));
        Assert.Equal(ParquetTable.Float32([0.0021, 0.0092, 0.0095, 0.0039, 0.0041]), t.Floats("gamma"));
        Assert.Equal(ParquetTable.Float32([-0.4455 * 365, -2.4391 * 365, -2.5512 * 365, -0.8811 * 365, -0.9125 * 365]), t.Floats("theta"));
        Assert.Equal(ParquetTable.Float32([2.2301 * 100, 0.3312 * 100, 0.3350 * 100, 0.8702 * 100, 0.8870 * 100]), t.Floats("vega"));
        Assert.Equal([1890.28, 1921.84, 1921.84, 1921.84, 1921.84], t.Doubles("underlying"));
        Assert.Equal([22000, 8000, 9000, 700, 1500], t.Ints("open_interest"));
        Assert.Equal([900, 3100, 4200, 55, 120], t.Ints("volume"));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder.Output, DatasetSchema.ManifestFile)))!;
        Assert.Equal("import", (string?)manifest["source"]!["kind"]);
        Assert.Equal("cboe-eod", (string?)manifest["source"]!["format"]);
        Assert.Equal(["UnderlyingOptionsEODCalcs_2016-01.csv", "series.csv"], manifest["source"]!["files"]!.AsArray().Select(f => (string?)f));
        Assert.Equal("15:45", (string?)manifest["snapshot_time"]);
        Assert.Equal(5, (long)manifest["rows"]!["spx_options"]!);
    }

    [Fact]
    public async Task Uses_the_underlying_mid_when_the_file_has_no_active_underlying_price()
    {
        string options = _folder.Write("spx.csv", """
            quote_date,root,expiration,strike,option_type,bid_1545,ask_1545,implied_volatility_1545,delta_1545,gamma_1545,theta_1545,vega_1545,underlying_bid_1545,underlying_ask_1545,open_interest,trade_volume
            2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.50,1922.10,1500,120

            """);
        string series = _folder.Write("series.csv", Samples.Series);

        await _folder.ImportAsync(ImportFormat.CboeEod, [options], series);

        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016));
        Assert.Equal([(1921.50 + 1922.10) / 2], t.Doubles("underlying"));
    }

    [Fact]
    public async Task Reads_every_csv_entry_of_a_zip_archive_in_name_order()
    {
        string zip = _folder.Zip("UnderlyingOptionsEODCalcs_2016-01.zip",
            ("UnderlyingOptionsEODCalcs_2016-01-14.csv", Samples.Cboe(Samples.CboeRow)),
            ("UnderlyingOptionsEODCalcs_2016-01-13.csv", Samples.Cboe("2016-01-13,SPX,2016-02-19,1850,C,71.50,73.10,0.2402,0.6222,0.0021,-0.4455,2.2301,1890.28,22000,900")),
            ("readme.pdf", "not a quote file"));
        string series = _folder.Write("series.csv", Samples.Series);

        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [zip], series);

        Assert.Equal(new RowCounts(2, 2), report.SpxOptions);
        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016));
        Assert.Equal([20160113, 20160114], t.Ints("date"));
        Assert.Equal([71.50, 13.10], t.Doubles("bid"));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder.Output, DatasetSchema.ManifestFile)))!;
        Assert.Equal(["UnderlyingOptionsEODCalcs_2016-01.zip", "series.csv"], manifest["source"]!["files"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public async Task Writes_one_options_file_per_year()
    {
        string series = _folder.Write("series.csv", """
            date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate
            20151231,2060.59,2062.54,2043.62,2043.94,18.21,20.43,1000,2000,0.0016
            20160104,2038.20,2038.20,1989.68,2012.66,20.70,22.05,800,2300,0.0017

            """);
        string options = _folder.Write("spx.csv", Samples.Cboe(
            "2016-01-04,SPX,2016-01-15,2000,C,31.20,32.40,0.2012,0.5801,0.0061,-1.6123,1.1512,2012.66,1500,120",
            "2015-12-31,SPX,2016-01-15,2000,C,58.10,59.40,0.1733,0.7012,0.0049,-0.9912,1.2203,2043.94,1400,80"));

        await _folder.ImportAsync(ImportFormat.CboeEod, [options], series);

        var year2015 = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2015));
        var year2016 = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016));
        Assert.Equal([20151231], year2015.Ints("date"));
        Assert.Equal([20160104], year2016.Ints("date"));
    }

    [Fact]
    public async Task Replaces_an_existing_dataset_only_with_force()
    {
        string options = _folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow));
        string series = _folder.Write("series.csv", Samples.Series);
        Directory.CreateDirectory(_folder.Output);
        File.WriteAllText(Path.Combine(_folder.Output, "keep.txt"), "an older dataset");

        var error = await Assert.ThrowsAsync<DatasetException>(() => _folder.ImportAsync(ImportFormat.CboeEod, [options], series));
        Assert.EndsWith("already exists and is not empty (use --force to replace it)", error.Message);
        Assert.True(File.Exists(Path.Combine(_folder.Output, "keep.txt")));

        await _folder.ImportAsync(ImportFormat.CboeEod, [options], series, force: true);
        Assert.False(File.Exists(Path.Combine(_folder.Output, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(_folder.Output, DatasetSchema.ManifestFile)));
    }
}
