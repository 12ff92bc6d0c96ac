namespace VixShield.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string CboeHeader =
        "quote_date,root,expiration,strike,option_type,bid_1545,ask_1545,implied_volatility_1545,delta_1545,gamma_1545,theta_1545,vega_1545,active_underlying_price_1545,open_interest,trade_volume";

    private const string SeriesCsv =
        "date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate\n" +
        "2016-01-14,1900.0,1934.5,1878.9,1921.84,23.95,24.8,2100,900,0.0025\n" +
        "2016-01-15,1916.0,1916.0,1857.8,1880.33,27.02,26.1,500,2600,0.0025\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "vixshield-cli-tests", Guid.NewGuid().ToString("n"));

    public ImportCommandTests() => Directory.CreateDirectory(_root);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_cboe_file_imports_into_a_dataset_that_inspect_reads()
    {
        string options = Write("spx.csv", CboeHeader + "\n" +
            "2016-01-14,SPXW,2016-01-22,1900,C,33.10,33.90,0.2402,0.6222,0.0021,-0.4455,2.2301,1921.84,100,10\n" +
            "2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120\n" +
            "2016-01-15,SPXW,2016-01-22,1900,P,30.20,31.00,0.2810,-0.5533,0.0095,-2.5512,0.3350,1880.33,1600,300\n");
        string dataset = Path.Combine(_root, "imported");

        var import = await VixShieldProcess.RunAsync("data", "import", "--format", "cboe-eod", "--options", options, "--series", Write("series.csv", SeriesCsv), "--out", dataset);
        var inspect = await VixShieldProcess.RunAsync("data", "inspect", dataset, "--json");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("spx options  3 of 3 rows", import.StandardOutput);
        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains("\"spx_option_rows\": 3", inspect.StandardOutput);
    }

    [Fact]
    public async Task A_malformed_row_names_file_and_line_exits_one_and_leaves_no_dataset()
    {
        string options = Write("bad.csv", CboeHeader + "\n" +
            "2016-01-14,SPXW,2016-01-22,1900,P,abc,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120\n");
        string dataset = Path.Combine(_root, "never");

        var run = await VixShieldProcess.RunAsync("data", "import", "--format", "cboe-eod", "--options", options, "--series", Write("series.csv", SeriesCsv), "--out", dataset);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: bad.csv line 2: bid_1545 \"abc\" is not a number", run.StandardError.Trim());
        Assert.False(Directory.Exists(dataset));
        Assert.Empty(Directory.GetDirectories(_root));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
