using System.Diagnostics;
using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Loading;

/// <summary>A loaded tape with what the load found, and the dataset's manifest.</summary>
public sealed record TapeLoadResult(MarketTape Tape, LoadReport Report, DatasetManifest Manifest);

/// <summary>
/// Loads a dataset folder (or a date range of it) into a <see cref="MarketTape"/>, validating every row.
/// Strict by default: the first bad row is a <see cref="DatasetException"/> naming the file, row group, row and problem.
/// </summary>
public static class TapeLoader
{
    public static async Task<TapeLoadResult> LoadAsync(string datasetDirectory, TapeLoadOptions? options = null, CancellationToken cancel = default)
    {
        options ??= TapeLoadOptions.Strict;
        if (!Directory.Exists(datasetDirectory))
            throw new DatasetException(datasetDirectory, "no such dataset folder");
        var clock = Stopwatch.StartNew();
        var manifest = DatasetManifest.Read(datasetDirectory);
        var report = new LoadReport();

        var (dates, series) = await SeriesReader.ReadAsync(datasetDirectory, options, report, cancel);
        var spxRows = await new OptionFileReader(OptionFileLayout.Spx, Path.Combine(datasetDirectory, DatasetSchema.SpxOptionsFolder), options, dates).ReadAsync(report, cancel);
        report.SpxOptionRows = spxRows.Count;
        var futureRows = await VixFutureReader.ReadAsync(datasetDirectory, options, dates, report, cancel);
        var vixRows = await new OptionFileReader(OptionFileLayout.Vix, Path.Combine(datasetDirectory, DatasetSchema.VixOptionsFolder), options, dates).ReadAsync(report, cancel);
        report.VixOptionRows = vixRows.Count;

        var tape = new MarketTape(
            manifest.Name, dates, series,
            OptionChains.Build(dates, spxRows),
            VixFutureCurve.Build(dates, futureRows),
            OptionChains.Build(dates, vixRows));
        report.Elapsed = clock.Elapsed;
        return new TapeLoadResult(tape, report, manifest);
    }
}
