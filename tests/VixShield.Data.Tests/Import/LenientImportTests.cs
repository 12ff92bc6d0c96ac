using VixShield.Data.Format;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class LenientImportTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Drops_bad_rows_counts_them_per_kind_and_writes_the_good_ones()
    {
        string options = _folder.Write("spx.csv", Samples.Cboe(
            Samples.CboeRow,
            "2016-01-14,SPXW,2016-01-22,1905,P,abc,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
            "2016-01-14,SPXW,2016-01-22,1910,P,13.10,x,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
            "2016-01-14,SPXW,2016-01-22,1915,P,13.70,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
            "2016-01-12,SPXW,2016-01-22,1920,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120",
            "2016-01-14,SPXW,2016-01-22,1925,P,13.10",
            Samples.CboeRow,
            "2016-01-14,SPXW,2016-01-22,1930,C,1.05,1.10,0.2011,0.1012,0.0021,-0.4125,0.5870,1921.84,900,20"));
        string series = _folder.Write("series.csv", Samples.Series);

        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [options], series, lenient: true);

        Assert.Equal(new Dictionary<RowProblem, long>
        {
            [RowProblem.FieldCount] = 1,
            [RowProblem.NotANumber] = 2,
            [RowProblem.CrossedQuote] = 1,
            [RowProblem.DuplicateKey] = 1,
            [RowProblem.DateNotInSeries] = 1,
        }, report.Dropped);
        Assert.Equal(new RowCounts(8, 2), report.SpxOptions);
        var t = await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016));
        Assert.Equal(["C", "P"], t.Strings("right"));
        Assert.Equal([1930.0, 1900], t.Doubles("strike"));
    }

    [Fact]
    public async Task Drops_only_the_bad_side_of_an_optionsdx_line()
    {
        var crossedPut = Samples.DxQuote with { Delta = "-0.500000", Bid = "11.000000" };
        string options = _folder.Write("spx_eod_201601.txt", Samples.OptionsDx(
            Samples.OptionsDxLine("2016-01-14", "2016-01-22", "1900.000000", "1921.840000", Samples.DxQuote, crossedPut)));

        var report = await _folder.ImportAsync(ImportFormat.OptionsDx, [options], _folder.Write("series.csv", Samples.Series), lenient: true);

        Assert.Equal(new Dictionary<RowProblem, long> { [RowProblem.CrossedQuote] = 1 }, report.Dropped);
        Assert.Equal(new RowCounts(1, 1), report.SpxOptions);
        Assert.Equal(["C"], (await _folder.ReadAsync(DatasetSchema.SpxOptionsFile(2016))).Strings("right"));
    }

    [Fact]
    public async Task Drops_series_rows_out_of_order()
    {
        string series = _folder.Write("series.csv", Samples.Series + "2016-01-14,1891.68,1934.47,1878.93,1921.84,23.95,25.19,1958,1101,0.0022\n");

        var report = await _folder.ImportAsync(ImportFormat.CboeEod, [_folder.Write("spx.csv", Samples.Cboe(Samples.CboeRow))], series, lenient: true);

        Assert.Equal(new Dictionary<RowProblem, long> { [RowProblem.DateNotAscending] = 1 }, report.Dropped);
        Assert.Equal(new RowCounts(4, 3), report.Series);
    }
}
