using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

/// <summary>One test per class of bad input: the exact one-line message (file, line, problem), and no dataset left behind.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<string> ImportCboeAsync(params string[] rows) =>
        _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(rows))], _folder.Write("series.csv", Samples.Series));

    [Theory]
    [InlineData("FieldCount", "2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500",
        "spx.csv line 3: has 14 fields; the header has 15")]
    [InlineData("MissingValue", "2016-01-14,SPXW,2016-01-22,1900,P,,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: bid_1545 \"\" is empty")]
    [InlineData("NotANumber", "2016-01-14,SPXW,2016-01-22,1900,P,abc,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: bid_1545 \"abc\" is not a number")]
    [InlineData("NotANumber (whole)", "2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500.5,120",
        "spx.csv line 3: open_interest \"1500.5\" is not a whole number")]
    [InlineData("NotADate", "2016/01/14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: quote_date \"2016/01/14\" is not a date (yyyy-mm-dd or yyyymmdd)")]
    [InlineData("NotFinite", "2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,NaN,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: delta_1545 \"NaN\" is not a finite number")]
    [InlineData("NegativePrice", "2016-01-14,SPXW,2016-01-22,1900,P,-0.05,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: bid_1545 \"-0.05\" is negative")]
    [InlineData("NegativePrice (strike)", "2016-01-14,SPXW,2016-01-22,0,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: strike \"0\" is not positive")]
    [InlineData("NotWholeCents", "2016-01-14,SPXW,2016-01-22,1900,P,13.105,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: bid_1545 \"13.105\" is not a whole number of cents")]
    [InlineData("CrossedQuote", "2016-01-14,SPXW,2016-01-22,1900,P,13.70,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: bid_1545 13.7 is above ask_1545 13.6 (crossed quote)")]
    [InlineData("ExpiredBeforeQuote", "2016-01-14,SPXW,2016-01-13,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: expiration 2016-01-13 is before quote_date 2016-01-14")]
    [InlineData("BadRight", "2016-01-14,SPXW,2016-01-22,1900,X,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: option_type \"X\" is not C or P")]
    [InlineData("DateNotInSeries", "2016-01-12,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
        "spx.csv line 3: quote_date 2016-01-12 is not a date in series.csv")]
    [InlineData("OutOfRange", "2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,-1",
        "spx.csv line 3: trade_volume \"-1\" is negative")]
    public async Task A_bad_cboe_row_fails_the_import_with_one_line_naming_file_line_and_problem(string kind, string row, string message)
    {
        Assert.NotEmpty(kind);
        Assert.Equal(message, await ImportCboeAsync(Samples.CboeRow.Replace("1900,P", "1905,P"), row));
    }

    [Fact]
    public async Task A_duplicate_key_names_both_lines()
    {
        Assert.Equal("spx.csv line 3: duplicate of line 2 (2016-01-14 expiration 2016-01-22 P 1900)",
            await ImportCboeAsync(Samples.CboeRow, Samples.CboeRow));
    }

    [Fact]
    public async Task A_duplicate_key_across_files_names_the_other_file()
    {
        string first = _folder.Write("spx_a.csv", Samples.Cboe(Samples.CboeRow));
        string second = _folder.Write("spx_b.csv", Samples.Cboe(Samples.CboeRow.Replace("1900,P", "1905,P"), Samples.CboeRow));
        Assert.Equal("spx_b.csv line 3: duplicate of spx_a.csv line 2 (2016-01-14 expiration 2016-01-22 P 1900)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [first, second], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task Missing_columns_are_named()
    {
        string options = _folder.Write("spx.csv", Samples.Cboe().Replace(",bid_1545", "").Replace(",vega_1545", ""));
        Assert.Equal("spx.csv line 1: missing columns bid_1545, vega_1545",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [options], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task A_missing_underlying_names_both_ways_to_give_it()
    {
        string options = _folder.Write("spx.csv", Samples.Cboe().Replace(",active_underlying_price_1545", ""));
        Assert.Equal("spx.csv line 1: missing column active_underlying_price_1545 (or underlying_bid_1545 and underlying_ask_1545)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [options], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task An_empty_file_is_named()
    {
        Assert.Equal("spx.csv: is empty (no header line)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", "")], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task Files_with_no_spx_rows_fail()
    {
        string options = _folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow.Replace("SPXW", "XSP")));
        Assert.Equal("spx.csv: no SPX option rows to import",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [options], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task A_bad_row_inside_a_zip_names_the_archive_and_the_entry()
    {
        string zip = _folder.Zip("spx.zip",
            ("day1.csv", Samples.Cboe(Samples.CboeRow)),
            ("day2.csv", Samples.Cboe(Samples.CboeRow.Replace("13.10", "1x"))));
        Assert.Equal("spx.zip/day2.csv line 2: bid_1545 \"1x\" is not a number",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [zip], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task A_bad_optionsdx_field_is_named_without_brackets()
    {
        string options = _folder.Write("spx_eod_201601.txt", Samples.OptionsDx(
            Samples.OptionsDxLine("2016-01-14", "2016-01-22", "1900.000000", "1921.840000", Samples.DxQuote, Samples.DxQuote with { Ask = "x" })));
        Assert.Equal("spx_eod_201601.txt line 2: P_ASK \"x\" is not a number",
            await _folder.FailingImportAsync(ImportFormat.OptionsDx, [options], _folder.Write("series.csv", Samples.Series)));
    }

    [Fact]
    public async Task Series_dates_must_ascend_strictly()
    {
        string series = _folder.Write("series.csv", """
            date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate
            2016-01-14,1891.68,1934.47,1878.93,1921.84,23.95,25.19,1958,1101,0.0022
            2016-01-13,1940.34,1950.33,1886.41,1890.28,25.22,25.91,612,2470,0.0021

            """);
        Assert.Equal("series.csv line 3: date 2016-01-13 does not come after 2016-01-14 (line 2)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow))], series));
    }

    [Fact]
    public async Task A_series_rate_given_in_percent_is_out_of_range()
    {
        string series = _folder.Write("series.csv", Samples.Series.Replace(",0.0021", ",0.21").Replace(",0.0022\n2016-01-15", ",2.2\n2016-01-15"));
        Assert.Equal("series.csv line 3: rate 2.2 is not an annual decimal (5.25% is 0.0525)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow))], series));
    }

    [Fact]
    public async Task The_series_must_have_exactly_its_columns()
    {
        string series = _folder.Write("series.csv", Samples.Series.Replace("rate\n", "rate,comment\n"));
        Assert.Equal("series.csv line 1: unknown column \"comment\" (expected exactly date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow))], series));
    }

    [Fact]
    public async Task A_crossed_vix_future_is_named()
    {
        string futures = _folder.Write("vix_futures.csv", "date,expiration,bid,ask,settle\n2016-01-14,2016-01-20,22.90,22.80,22.725\n");
        Assert.Equal("vix_futures.csv line 2: bid 22.9 is above ask 22.8 (crossed quote)",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow))],
                _folder.Write("series.csv", Samples.Series), vixFutures: futures));
    }

    [Fact]
    public async Task A_bad_vix_option_right_is_named()
    {
        string vixOptions = _folder.Write("vix_options.csv",
            "date,expiration,strike,right,bid,ask,iv,delta,future\n2016-01-14,2016-02-17,30,call,1.05,1.15,0.9512,0.2201,23.475\n");
        Assert.Equal("vix_options.csv line 2: right \"call\" is not C or P",
            await _folder.FailingImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow))],
                _folder.Write("series.csv", Samples.Series), vixOptions: vixOptions));
    }
}
