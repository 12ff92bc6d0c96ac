using VixShield.Data.Format;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class SeriesAndVixImportTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Writes_the_series_with_dates_in_either_form_and_columns_in_any_order()
    {
        string series = _folder.Write("series.csv", """
            date,spx_close,spx_open,spx_high,spx_low,vix,vix3m,advances,declines,rate
            20160113,1890.28,1940.34,1950.33,1886.41,25.22,25.91,612,2470,0.0021
            2016-01-14,1921.84,1891.68,1934.47,1878.93,23.95,25.19,1958,1101,-0.0001

            """);
        string options = _folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow));

        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [options], series);

        Assert.Equal(new RowCounts(2, 2), report.Series);
        var t = await _folder.ReadAsync(DatasetSchema.SeriesFile);
        Assert.Equal([20160113, 20160114], t.Ints("date"));
        Assert.Equal([1940.34, 1891.68], t.Doubles("spx_open"));
        Assert.Equal([1950.33, 1934.47], t.Doubles("spx_high"));
        Assert.Equal([1886.41, 1878.93], t.Doubles("spx_low"));
        Assert.Equal([1890.28, 1921.84], t.Doubles("spx_close"));
        Assert.Equal([25.22, 23.95], t.Doubles("vix"));
        Assert.Equal([25.91, 25.19], t.Doubles("vix3m"));
        Assert.Equal([612, 1958], t.Ints("advances"));
        Assert.Equal([2470, 1101], t.Ints("declines"));
        Assert.Equal([0.0021, -0.0001], t.Doubles("rate"));
        var manifest = DatasetManifest.Read(_folder.Output);
        Assert.Equal("2016-01-13", manifest.Start);
        Assert.Equal("2016-01-14", manifest.End);
    }

    [Fact]
    public async Task Writes_vix_futures_and_options_sorted()
    {
        string series = _folder.Write("series.csv", Samples.Series);
        string options = _folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow));
        string futures = _folder.Write("vix_futures.csv", """
            date,expiration,bid,ask,settle
            2016-01-14,2016-02-17,23.45,23.55,23.475
            2016-01-14,2016-01-20,22.70,22.80,22.725
            20160113,20160120,23.90,24.05,23.975

            """);
        string vixOptions = _folder.Write("vix_options.csv", """
            date,expiration,strike,right,bid,ask,iv,delta,future
            2016-01-14,2016-02-17,30,C,1.05,1.15,0.9512,0.2201,23.475
            2016-01-14,2016-02-17,25,C,2.10,2.25,0.8811,0.4105,23.475
            2016-01-14,2016-02-17,20,P,0.85,0.95,0.8122,-0.2433,23.475
            2016-01-13,2016-02-17,30,C,1.20,1.30,0.9333,0.2402,24.100

            """);

        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [options], series, futures, vixOptions);

        Assert.Equal(new RowCounts(3, 3), report.VixFutures);
        Assert.Equal(new RowCounts(4, 4), report.VixOptions);
        var f = await _folder.ReadAsync(DatasetSchema.VixFuturesFile);
        Assert.Equal([20160113, 20160114, 20160114], f.Ints("date"));
        Assert.Equal([20160120, 20160120, 20160217], f.Ints("expiration"));
        Assert.Equal([23.90, 22.70, 23.45], f.Doubles("bid"));
        Assert.Equal([24.05, 22.80, 23.55], f.Doubles("ask"));
        Assert.Equal([23.975, 22.725, 23.475], f.Doubles("settle"));

        var o = await _folder.ReadAsync(DatasetSchema.VixOptionsFile(2016));
        Assert.Equal([20160113, 20160114, 20160114, 20160114], o.Ints("date"));
        Assert.Equal(["C", "C", "C", "P"], o.Strings("right"));
        Assert.Equal([30.0, 25, 30, 20], o.Doubles("strike"));
        Assert.Equal([1.20, 2.10, 1.05, 0.85], o.Doubles("bid"));
        Assert.Equal([1.30, 2.25, 1.15, 0.95], o.Doubles("ask"));
        Assert.Equal(ParquetTable.Float32([0.9333, 0.8811, 0.9512, 0.8122]), o.Floats("iv"));
        Assert.Equal(ParquetTable.Float32([0.2402, 0.4105, 0.2201, -0.2433]), o.Floats("delta"));
        Assert.Equal([24.100, 23.475, 23.475, 23.475], o.Doubles("future"));
        var manifest = DatasetManifest.Read(_folder.Output);
        Assert.Equal(["spx.csv", "series.csv", "vix_futures.csv", "vix_options.csv"], manifest.Source.Files!);
    }
}
