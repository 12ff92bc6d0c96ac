using System.Text.Json.Nodes;
using VixShield.Data.Format;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class OptionsDxImportTests : IDisposable
{
    internal const string Header =
        "[QUOTE_UNIXTIME], [QUOTE_READTIME], [QUOTE_DATE], [QUOTE_TIME_HOURS], [UNDERLYING_LAST], [EXPIRE_DATE], [EXPIRE_UNIX], [DTE], "
        + "[C_DELTA], [C_GAMMA], [C_VEGA], [C_THETA], [C_RHO], [C_IV], [C_VOLUME], [C_LAST], [C_SIZE], [C_BID], [C_ASK], [STRIKE], "
        + "[P_BID], [P_ASK], [P_SIZE], [P_LAST], [P_DELTA], [P_GAMMA], [P_VEGA], [P_THETA], [P_RHO], [P_IV], [P_VOLUME], "
        + "[STRIKE_DISTANCE], [STRIKE_DISTANCE_PCT]";

    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>One OptionsDX line: the call's fields, the strike, then the put's, as the vendor lays them out.</summary>
    internal static string Line(
        string date, string expire, string strike, string underlying,
        (string Delta, string Gamma, string Vega, string Theta, string Iv, string Volume, string Bid, string Ask) call,
        (string Delta, string Gamma, string Vega, string Theta, string Iv, string Volume, string Bid, string Ask) put) =>
        $"1452805200, {date} 16:00, {date}, 16.000000, {underlying}, {expire}, 1453496400, 8.000000, "
        + $"{call.Delta}, {call.Gamma}, {call.Vega}, {call.Theta}, 0.012000, {call.Iv}, {call.Volume}, 0.000000, 7 x 7, {call.Bid}, {call.Ask}, {strike}, "
        + $"{put.Bid}, {put.Ask}, 0 x 272, 0.000000, {put.Delta}, {put.Gamma}, {put.Vega}, {put.Theta}, -0.010000, {put.Iv}, {put.Volume}, "
        + "21.800000, 0.011000";

    [Fact]
    public async Task Splits_each_line_into_a_call_and_a_put_and_settles_monthlies_am()
    {
        string options = _folder.Write("spx_eod_201601.txt", string.Join('\n',
            Header,
            Line("2016-01-14", "2016-01-22", "1900.000000", "1921.840000",
                ("", "", "", "", "", "3.000000", "32.900000", "33.700000"),
                ("-0.401200", "0.004100", "0.887000", "-0.912500", "0.231100", "120.000000", "13.100000", "13.600000")),
            Line("2016-01-14", "2016-01-15", "1900.000000", "1921.840000",
                ("0.746600", "0.009200", "0.331200", "-2.439100", "0.271500", "3100.000000", "24.100000", "25.300000"),
                ("-0.253300", "0.009500", "0.335000", "-2.551200", "0.281000", "4200.000000", "3.200000", "3.500000")))
            + "\n");
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
        Assert.Equal([0.2715, 0.2810, 0, 0.2311], t.Doubles("iv"));
        Assert.Equal([0.7466, -0.2533, 1, -0.4012], t.Doubles("delta"));
        Assert.Equal([0.0092, 0.0095, 0, 0.0041], t.Doubles("gamma"));
        Assert.Equal([-2.4391 * 365, -2.5512 * 365, 0, -0.9125 * 365], t.Doubles("theta"));
        Assert.Equal([0.3312 * 100, 0.3350 * 100, 0, 0.8870 * 100], t.Doubles("vega"));
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
        var quote = ("0.500000", "0.005000", "2.000000", "-0.500000", "0.120000", "1.000000", "10.000000", "10.500000");
        string options = _folder.Write("spx_eod_201904.txt", string.Join('\n',
            Header,
            Line("2019-04-16", "2019-04-18", "2905.000000", "2907.060000", quote, quote),
            Line("2019-04-16", "2019-04-17", "2905.000000", "2907.060000", quote, quote)) + "\n");

        await _folder.ImportAsync(ImportFormat.OptionsDx, [options], series);

        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2019));
        Assert.Equal([20190417, 20190417, 20190418, 20190418], t.Ints("expiration"));
        Assert.Equal(["PM", "PM", "AM", "AM"], t.Strings("settlement"));
    }
}
