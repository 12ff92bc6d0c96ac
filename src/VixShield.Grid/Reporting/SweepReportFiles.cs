using System.Diagnostics;
using VixShield.Data.Format;
using VixShield.Grid.Results;
using VixShield.Core.Engine;
using VixShield.Reports;
using VixShield.Reports.Building;
using VixShield.Sweeps;

namespace VixShield.Grid.Reporting;

/// <summary>
/// Builds a finished sweep's HTML report and writes it to a folder (<c>SWEEP_OUT_DIR/report</c>, or the API's cache),
/// swapped in whole. The report is stamped with the sweep's finish time, so rebuilding it gives the same bytes.
/// </summary>
public static class SweepReportFiles
{
    /// <summary>The report's folder inside a sweep's output folder.</summary>
    public const string FolderName = "report";

    public const string IndexPage = "index.html";

    /// <summary>Builds the report on <paramref name="market"/>, the sweep's dataset (its manifest gives the source; a DatasetException says what is wrong with it), and writes it.</summary>
    public static async Task<SweepReportTiming> WriteAsync(
        SweepDefinition sweep, IReadOnlyList<SetResult> results, SweepRunRecord run, MarketContext market, string folder,
        ReportOptions? options = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var manifest = DatasetManifest.Read(sweep.DataPath);
        var loaded = clock.Elapsed;
        var provenance = new ReportProvenance(
            run.SweepId, Path.GetFileName(Path.TrimEndingDirectorySeparator(sweep.DataPath)), SourceText(manifest.Source),
            TimeSpan.FromSeconds(run.WallSeconds), run.Nodes, run.Cores, new DateTimeOffset(run.FinishedAtUtc, TimeSpan.Zero));
        var report = await Task.Run(() => ReportBuilder.Build(new ReportInput(sweep, results, market, provenance), options, cancel), cancel);
        var built = clock.Elapsed;
        ReportWriter.Write(report, folder);
        var written = clock.Elapsed;
        return new SweepReportTiming(loaded, built - loaded, written - built, new FileInfo(Path.Combine(folder, IndexPage)).Length, report.Details.Count);
    }

    /// <summary>The dataset's origin in words: <c>synthetic, seed 1</c> or <c>cboe-eod import</c>.</summary>
    internal static string SourceText(DatasetSource source)
    {
        var parts = new List<string> { source.Format is { } format ? $"{source.Kind} ({format})" : source.Kind };
        if (source.Seed is { } seed)
            parts.Add($"seed {seed}");
        if (source.Files is { Count: > 0 } files)
            parts.Add($"{files.Count} file{(files.Count == 1 ? "" : "s")}");
        return string.Join(", ", parts);
    }
}

/// <summary>Where a report's time went, and how big its index page is.</summary>
/// <param name="Load">Reading the dataset's manifest.</param>
/// <param name="Build">The model: ranking, statistics and every re-run.</param>
/// <param name="Write">Rendering and writing the pages.</param>
/// <param name="IndexBytes">Size of <c>index.html</c>, bytes.</param>
/// <param name="DetailPages">Detail pages written.</param>
public sealed record SweepReportTiming(TimeSpan Load, TimeSpan Build, TimeSpan Write, long IndexBytes, int DetailPages)
{
    public TimeSpan Total => Load + Build + Write;
}
