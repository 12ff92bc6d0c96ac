using VixShield.Data.Format;
using VixShield.Data.Synthetic;
using O = VixShield.Data.Format.DatasetSchema.SpxOptions;
using V = VixShield.Data.Format.DatasetSchema.VixOptions;

namespace VixShield.Data.Tests.Synthetic;

public sealed class SyntheticMarketGeneratorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("vixshield-synthetic-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static SyntheticMarketOptions Weeks(long seed = 1) =>
        new() { Start = new DateOnly(2019, 12, 16), End = new DateOnly(2020, 1, 10), Seed = seed };

    [Fact]
    public async Task Writes_a_complete_dataset_with_exchange_style_quotes()
    {
        string dir = Path.Combine(_root, "weeks");
        var summary = await SyntheticMarketGenerator.GenerateAsync(Weeks(), dir, cancel: TestContext.Current.CancellationToken);

        var manifest = DatasetManifest.Read(dir);
        Assert.Equal("synthetic", manifest.Source.Kind);
        Assert.Equal(1, manifest.Source.Seed);
        Assert.Equal(ModelDescription.Name, (string?)manifest.Source.Model!["name"]);
        Assert.Equal("2019-12-16", manifest.Start);
        Assert.Equal("2020-01-10", manifest.End);
        Assert.Equal(summary.SpxOptionRows, manifest.Rows.SpxOptions);
        Assert.Equal(18, manifest.Rows.Series);
        foreach (int year in new[] { 2019, 2020 })
        {
            Assert.True(File.Exists(Path.Combine(dir, DatasetSchema.SpxOptionsFile(year))));
            Assert.True(File.Exists(Path.Combine(dir, DatasetSchema.VixOptionsFile(year))));
        }

        string spx = Path.Combine(dir, DatasetSchema.SpxOptionsFile(2019));
        var date = await ParquetColumns.ReadAsync(spx, O.Date);
        var expiration = await ParquetColumns.ReadAsync(spx, O.Expiration);
        var strike = await ParquetColumns.ReadAsync(spx, O.Strike);
        var right = await ParquetColumns.ReadStringsAsync(spx, O.Right);
        var settlement = await ParquetColumns.ReadStringsAsync(spx, O.Settlement);
        var bid = await ParquetColumns.ReadAsync(spx, O.Bid);
        var ask = await ParquetColumns.ReadAsync(spx, O.Ask);
        var delta = await ParquetColumns.ReadAsync(spx, O.Delta);
        var iv = await ParquetColumns.ReadAsync(spx, O.Iv);
        Assert.InRange(date.Length / 12.0, 1000, 8000); // 12 sessions in 2019; ladders widen as a dataset ages
        for (int i = 0; i < date.Length; i++)
        {
            Assert.True(WholeCents(bid[i]) && WholeCents(ask[i]), $"row {i}: {bid[i]}/{ask[i]} not whole cents");
            Assert.True(bid[i] >= 0 && bid[i] <= ask[i] && ask[i] > 0, $"row {i}: {bid[i]}/{ask[i]}");
            Assert.True(OnTick(bid[i], 5, 10) && OnTick(ask[i], 5, 10), $"row {i}: {bid[i]}/{ask[i]} off the SPX tick");
            Assert.True(expiration[i] >= date[i]);
            Assert.True(right[i] == "C" ? delta[i] is >= 0 and <= 1 : delta[i] is >= -1 and <= 0, $"row {i}: delta {delta[i]}");
            Assert.True(iv[i] > 0.03 && iv[i] < 3);
            Assert.Equal(settlement[i] == "AM", IsThirdFriday(expiration[i]));
            if (i > 0)
            {
                int order = date[i - 1] != date[i] ? date[i - 1].CompareTo(date[i])
                    : expiration[i - 1] != expiration[i] ? expiration[i - 1].CompareTo(expiration[i])
                    : right[i - 1] != right[i] ? string.CompareOrdinal(right[i - 1], right[i])
                    : strike[i - 1].CompareTo(strike[i]);
                Assert.True(order < 0, $"row {i} out of order");
            }
        }

        string vix = Path.Combine(dir, DatasetSchema.VixOptionsFile(2020));
        var vixBid = await ParquetColumns.ReadAsync(vix, V.Bid);
        var vixAsk = await ParquetColumns.ReadAsync(vix, V.Ask);
        Assert.All(vixBid.Zip(vixAsk), q => Assert.True(WholeCents(q.First) && WholeCents(q.Second) && q.First <= q.Second));
        Assert.All(vixBid.Zip(vixAsk), q => Assert.True(OnTick(q.First, 1, 5) && OnTick(q.Second, 1, 5)));

        string futures = Path.Combine(dir, DatasetSchema.VixFuturesFile);
        var futureBid = await ParquetColumns.ReadAsync(futures, DatasetSchema.VixFutures.Bid);
        var futureAsk = await ParquetColumns.ReadAsync(futures, DatasetSchema.VixFutures.Ask);
        Assert.All(futureBid.Zip(futureAsk), q => Assert.True(WholeCents(q.First) && q.First <= q.Second));
        Assert.InRange(futureBid.Length, 18 * 8, 18 * 9);
    }

    [Fact]
    public async Task Same_seed_gives_identical_files_and_another_seed_differs()
    {
        var options = Weeks() with { Start = new DateOnly(2021, 11, 1), End = new DateOnly(2021, 12, 31) };
        string a = Path.Combine(_root, "a"), b = Path.Combine(_root, "b"), c = Path.Combine(_root, "c");
        var cancel = TestContext.Current.CancellationToken;
        await SyntheticMarketGenerator.GenerateAsync(options, a, cancel: cancel);
        await SyntheticMarketGenerator.GenerateAsync(options, b, cancel: cancel);
        await SyntheticMarketGenerator.GenerateAsync(options with { Seed = 2 }, c, cancel: cancel);
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToArray();
        Assert.Equal(5, files.Length);
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, DatasetSchema.SeriesFile)), File.ReadAllBytes(Path.Combine(c, DatasetSchema.SeriesFile)));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, DatasetSchema.SpxOptionsFile(2021))), File.ReadAllBytes(Path.Combine(c, DatasetSchema.SpxOptionsFile(2021))));
    }

    [Fact]
    public async Task A_cancelled_run_leaves_nothing_behind()
    {
        string dir = Path.Combine(_root, "cancelled");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "pricing")
                cancel.Cancel();
        });
        var options = Weeks() with { Start = new DateOnly(2018, 1, 2), End = new DateOnly(2019, 12, 31) };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyntheticMarketGenerator.GenerateAsync(options, dir, false, progress, cancel.Token));
        Assert.False(Directory.Exists(dir));
        Assert.Empty(Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task An_existing_dataset_is_not_replaced_without_overwrite()
    {
        string dir = Path.Combine(_root, "existing");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "mine");
        await Assert.ThrowsAsync<DatasetException>(() => SyntheticMarketGenerator.GenerateAsync(Weeks(), dir, cancel: TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(dir, "keep.txt")));
    }

    private static bool WholeCents(double price) => Math.Abs(price * 100 - Math.Round(price * 100)) < 1e-6;

    private static bool OnTick(double price, int lowTickCents, int highTickCents)
    {
        long cents = (long)Math.Round(price * 100);
        return cents % (cents < 300 ? lowTickCents : highTickCents) == 0;
    }

    private static bool IsThirdFriday(int yyyymmdd)
    {
        var date = VixShield.Core.Market.DateCode.ToDate(yyyymmdd);
        return date == ExpirationCalendar.SpxMonthly(date.Year, date.Month);
    }

    private sealed class SynchronousProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
