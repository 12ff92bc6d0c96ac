using System.Diagnostics;
using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Synthetic;

/// <summary>
/// Generates a synthetic dataset folder: simulates the path (sequential, seeded), lists contracts, then prices and writes
/// one SPX and one VIX options file per year, years in parallel. Same options and seed → byte-identical files.
/// Writes through <see cref="DatasetWriter"/>, so a failure or a cancel leaves nothing behind.
/// </summary>
public static class SyntheticMarketGenerator
{
    public static async Task<GenerationSummary> GenerateAsync(
        SyntheticMarketOptions options, string outDirectory, bool overwrite = false,
        IProgress<GenerationProgress>? progress = null, CancellationToken cancel = default)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        progress?.Report(new GenerationProgress("simulating", 0, 0));
        var market = SyntheticMarket.Build(options);
        var path = market.Path;
        cancel.ThrowIfCancellationRequested();

        await using var writer = DatasetWriter.Create(outDirectory, overwrite);
        await writer.WriteSeriesAsync(market.SeriesRows(), cancel);
        await writer.WriteVixFuturesAsync(market.VixFutureRows(), cancel);

        var years = Enumerable.Range(0, path.Count).GroupBy(d => path.Dates[d].Year)
            .Select(g => (Year: g.Key, First: g.First(), Last: g.Last())).ToArray();
        int done = 0;
        long spxRows = 0, vixOptionRows = 0;
        progress?.Report(new GenerationProgress("pricing", 0, path.Count));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel };
        await Parallel.ForEachAsync(years, parallel, async (year, token) =>
        {
            var spx = new List<SpxOptionRow>();
            var vix = new List<VixOptionRow>();
            for (int d = year.First; d <= year.Last; d++)
            {
                token.ThrowIfCancellationRequested();
                market.SpxChains.PriceDay(path, d, market.Listing[d], spx);
                market.Vix.PriceOptions(path, d, vix);
            }

            await writer.WriteSpxOptionsAsync(year.Year, spx, token);
            await writer.WriteVixOptionsAsync(year.Year, vix, token);
            Interlocked.Add(ref spxRows, spx.Count);
            Interlocked.Add(ref vixOptionRows, vix.Count);
            int total = Interlocked.Add(ref done, year.Last - year.First + 1);
            progress?.Report(new GenerationProgress("pricing", total, path.Count));
        });

        cancel.ThrowIfCancellationRequested();
        var manifest = new DatasetManifest
        {
            Name = $"synthetic-{path.Dates[0]:yyyyMMdd}-{path.Dates[^1]:yyyyMMdd}-seed{options.Seed}",
            Source = new DatasetSource { Kind = "synthetic", Seed = options.Seed, Model = ModelDescription.For(options) },
        };
        writer.Commit(manifest);
        progress?.Report(new GenerationProgress("done", path.Count, path.Count));
        return new GenerationSummary(
            Path.GetFullPath(outDirectory), path.Dates[0], path.Dates[^1], path.Count, spxRows, market.FutureRowCount, vixOptionRows, clock.Elapsed);
    }
}
