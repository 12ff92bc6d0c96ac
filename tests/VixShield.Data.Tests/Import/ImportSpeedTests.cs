using System.Diagnostics;
using System.Globalization;
using VixShield.Core.Market;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

/// <summary>
/// Times the import of one generated year of Cboe data in the vendor's full layout (about 1.5 M rows). Explicit: run with
/// <c>dotnet test tests/VixShield.Data.Tests --filter "FullyQualifiedName~ImportSpeedTests" -- xUnit.Explicit=only</c>.
/// </summary>
public sealed class ImportSpeedTests(ITestOutputHelper output) : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact(Explicit = true)]
    public async Task Imports_a_year_of_cboe_rows_in_seconds()
    {
        var days = new List<DateOnly>();
        for (var d = new DateOnly(2016, 1, 4); d.Year == 2016; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        }

        string series = WriteSeries(days);
        var generate = Stopwatch.StartNew();
        string options = WriteCboeYear(days, strikesPerExpiration: 250, expirationsPerDay: 12, out long rows);
        output.WriteLine($"generated {rows:N0} rows ({new FileInfo(options).Length / 1e6:N0} MB) in {generate.Elapsed.TotalSeconds:N1} s");

        var import = Stopwatch.StartNew();
        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [options], series);
        import.Stop();

        output.WriteLine($"imported {report.SpxOptions.Read:N0} lines → {report.SpxOptions.Written:N0} rows in {import.Elapsed.TotalSeconds:N2} s: "
            + $"{report.SpxOptions.Read / import.Elapsed.TotalSeconds:N0} rows/s");
        Assert.Equal(rows, report.SpxOptions.Read);
        Assert.True(import.Elapsed < TimeSpan.FromSeconds(60), $"took {import.Elapsed}");
    }

    private string WriteSeries(List<DateOnly> days)
    {
        using var writer = new StreamWriter(Path.Combine(_folder.Root, "series.csv"));
        writer.WriteLine("date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate");
        foreach (var day in days)
            writer.WriteLine($"{day:yyyy-MM-dd},2000.10,2010.20,1990.30,2005.40,18.5,20.1,1500,1400,0.0025");
        return Path.Combine(_folder.Root, "series.csv");
    }

    private string WriteCboeYear(List<DateOnly> days, int strikesPerExpiration, int expirationsPerDay, out long rows)
    {
        string path = Path.Combine(_folder.Root, "UnderlyingOptionsEODCalcs_2016.csv");
        using var writer = new StreamWriter(path, append: false, System.Text.Encoding.UTF8, bufferSize: 1 << 20);
        writer.Write("underlying_symbol,quote_date,root,expiration,strike,option_type,open,high,low,close,trade_volume,bid_size_1545,bid_1545,");
        writer.Write("ask_size_1545,ask_1545,underlying_bid_1545,underlying_ask_1545,implied_underlying_price_1545,active_underlying_price_1545,");
        writer.Write("implied_volatility_1545,delta_1545,gamma_1545,theta_1545,vega_1545,rho_1545,bid_size_eod,bid_eod,ask_size_eod,ask_eod,");
        writer.WriteLine("underlying_bid_eod,underlying_ask_eod,vwap,open_interest,delivery_code");
        var random = new Random(7);
        rows = 0;
        foreach (var day in days)
        {
            string date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var friday = day.AddDays(((int)DayOfWeek.Friday - (int)day.DayOfWeek + 7) % 7);
            for (int e = 0; e < expirationsPerDay; e++)
            {
                var expiration = friday.AddDays(7 * e);
                string root = SpxExpirations.IsMonthly(DateCode.FromDate(expiration)) ? "SPX" : "SPXW";
                string expires = expiration.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                for (int s = 0; s < strikesPerExpiration; s++)
                {
                    int strike = 1400 + 5 * s;
                    foreach (char type in "CP")
                    {
                        int bidCents = random.Next(0, 40000);
                        writer.Write(
                            $"^SPX,{date},{root},{expires},{strike}.000,{type},0.0000,0.0000,0.0000,0.0000,{random.Next(0, 500)},10,"
                            + $"{bidCents / 100.0:0.00},12,{(bidCents + random.Next(5, 200)) / 100.0:0.00},2004.9000,2005.1000,2005.0512,2005.0000,"
                            + $"{0.1 + random.NextDouble():0.0000},{(type == 'C' ? 1 : -1) * random.NextDouble():0.0000},{random.NextDouble() / 100:0.0000},"
                            + $"{-random.NextDouble() * 3:0.0000},{random.NextDouble() * 5:0.0000},0.1234,10,1.10,12,1.20,2005.0000,2005.2000,0.0000,"
                            + $"{random.Next(0, 100000)},\n");
                        rows++;
                    }
                }
            }
        }

        return path;
    }
}
