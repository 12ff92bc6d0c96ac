using VixShield.Core.Market;
using VixShield.Data.Format;
using VixShield.Grid.Reporting;
using VixShield.Grid.Results;
using VixShield.Reports;
using VixShield.Reports.Building;
using VixShield.Reports.Model;
using VixShield.Sweeps;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield report --index ROOT</c>: <c>ROOT/index.html</c> listing every finished sweep folder under ROOT (one holding <c>run.json</c>), newest first.</summary>
internal static class SweepIndex
{
    public const string PageName = "index.html";

    public static async Task<int> WriteAsync(string root, CancellationToken cancel)
    {
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"vixshield: {root}: no such folder");
            return ExitCodes.BadInput;
        }

        var entries = new List<(DateTime Finished, SweepCatalogEntry Entry)>();
        var folders = Directory.EnumerateFiles(root, RunJson.FileName, SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName).OfType<string>()
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        foreach (string folder in folders)
        {
            try
            {
                var (sweep, results, run) = await SweepOutputReader.ReadAsync(folder, cancel);
                string report = Path.Combine(folder, SweepReportFiles.FolderName, SweepReportFiles.IndexPage);
                DateTimeOffset? generated = File.Exists(report) ? new DateTimeOffset(run.FinishedAtUtc, TimeSpan.Zero) : null;
                string link = Path.GetRelativePath(root, report).Replace(Path.DirectorySeparatorChar, '/');
                entries.Add((run.FinishedAtUtc, CatalogEntryBuilder.Build(sweep, results, run.SweepId, PeriodOf(sweep), link, generated)));
            }
            catch (Exception e) when (e is SweepFolderException or SweepException or DatasetException)
            {
                // One unreadable folder should not hide every other sweep: it is named and left out.
                Console.Error.WriteLine($"vixshield: skipped {e.Message}");
            }
        }

        var catalog = new SweepCatalog(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)),
            entries.OrderByDescending(e => e.Finished).ThenBy(e => e.Entry.SweepId, StringComparer.Ordinal).Select(e => e.Entry).ToArray());
        string page = Path.Combine(root, PageName);
        ReportWriter.WriteCatalog(catalog, page);
        Console.Error.WriteLine($"{catalog.Sweeps.Count} sweep{(catalog.Sweeps.Count == 1 ? "" : "s")} indexed");
        Console.Out.WriteLine(page);
        return ExitCodes.Ok;
    }

    /// <summary>The sweep file's period, each open end from the dataset's manifest (its first or last day) when it can be read.</summary>
    private static (DateOnly From, DateOnly To) PeriodOf(SweepDefinition sweep)
    {
        if (sweep.From is { } from && sweep.To is { } to)
            return (from, to);
        var manifest = DatasetManifest.Read(sweep.DataPath);
        return (sweep.From ?? Day(manifest.Start), sweep.To ?? Day(manifest.End));
    }

    private static DateOnly Day(string? text) =>
        DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var day) ? day
        : int.TryParse(text, out int code) && DateCode.IsValid(code) ? DateCode.ToDate(code) : DateOnly.MinValue;
}
