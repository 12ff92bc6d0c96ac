using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>Imports vendor files into a dataset folder: the library side of <c>vixshield data import</c>.</summary>
/// <remarks>
/// The series is read first (its dates are the calendar every quote must fall on), then the VIX files, then the
/// option files in the order given. Everything is written through <see cref="DatasetWriter"/>: any failure or
/// cancellation disposes it without a commit, so nothing is left at the target and an existing dataset is untouched.
/// </remarks>
public static class VendorImporter
{
    /// <summary>Reads, checks and writes; throws <see cref="DatasetException"/> (one line: file, line, problem) on bad input.</summary>
    public static async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken cancel = default)
    {
        RequireInputFiles(request);
        var tally = new ImportTally(request.Lenient);
        var sources = new List<string>();
        await using var writer = DatasetWriter.Create(request.OutputDirectory, request.Force);

        var (series, seriesLines) = ReadPlain(request.SeriesFile, sources, (file, _) => SeriesCsv.Read(file, tally));
        var dates = new SeriesDates(Path.GetFileName(request.SeriesFile), series.Select(row => row.Date));
        await writer.WriteSeriesAsync(series, cancel);

        var vixFutures = new RowCounts();
        if (request.VixFuturesFile is { } futuresFile)
        {
            var (rows, lines) = ReadPlain(futuresFile, sources, (file, source) => VixFuturesCsv.Read(file, source, sources, dates, tally));
            await writer.WriteVixFuturesAsync(rows, cancel);
            vixFutures = new RowCounts(lines, rows.Length);
        }

        var vixOptions = new RowCounts();
        if (request.VixOptionsFile is { } vixOptionsFile)
        {
            var (years, lines) = ReadPlain(vixOptionsFile, sources, (file, source) => VixOptionsCsv.Read(file, source, sources, dates, tally));
            long written = 0;
            foreach (var (year, rows) in years)
            {
                await writer.WriteVixOptionsAsync(year, rows, cancel);
                written += rows.Length;
            }

            vixOptions = new RowCounts(lines, written);
        }

        var spxOptions = await ImportSpxOptionsAsync(request, writer, sources, dates, tally, cancel);
        writer.Commit(Manifest(request));
        return new ImportReport(
            Path.GetFullPath(request.OutputDirectory), spxOptions, new RowCounts(seriesLines, series.Count), vixFutures, vixOptions,
            tally.Dropped, tally.Skipped, tally.GreeksFilled);
    }

    private static async Task<RowCounts> ImportSpxOptionsAsync(
        ImportRequest request, DatasetWriter writer, List<string> sources, SeriesDates dates, ImportTally tally, CancellationToken cancel)
    {
        var book = new SpxOptionBook();
        long lines = 0, written = 0;
        foreach (string path in request.OptionFiles)
        {
            foreach (var file in VendorFiles.Open(path))
            {
                cancel.ThrowIfCancellationRequested();
                int source = sources.Count;
                sources.Add(file.Name);
                lines += request.Format == ImportFormat.CboeEod
                    ? CboeEodFile.Read(file, source, dates, book, tally, cancel)
                    : OptionsDxFile.Read(file, source, dates, book, tally, cancel);
            }
        }

        foreach (int year in book.Years)
        {
            var rows = book.TakeYear(year, sources, tally);
            await writer.WriteSpxOptionsAsync(year, rows, cancel);
            written += rows.Length;
        }

        if (written == 0)
            throw new DatasetException(string.Join(", ", request.OptionFiles.Select(Path.GetFileName)), "no SPX option rows to import");
        return new RowCounts(lines, written);
    }

    private static T ReadPlain<T>(string path, List<string> sources, Func<NamedText, int, T> read)
    {
        using var text = VendorFiles.OpenPlain(path);
        int source = sources.Count;
        sources.Add(Path.GetFileName(path));
        return read(new NamedText(sources[source], text), source);
    }

    private static DatasetManifest Manifest(ImportRequest request)
    {
        string? vixFutures = request.VixFuturesFile, vixOptions = request.VixOptionsFile;
        string[] files =
        [
            .. request.OptionFiles.Select(Path.GetFileName).OfType<string>(),
            Path.GetFileName(request.SeriesFile),
            .. vixFutures is null ? Array.Empty<string>() : [Path.GetFileName(vixFutures)],
            .. vixOptions is null ? Array.Empty<string>() : [Path.GetFileName(vixOptions)],
        ];
        return new DatasetManifest
        {
            Name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.OutputDirectory))),
            Source = new DatasetSource { Kind = "import", Format = ImportFormatNames.Name(request.Format), Files = files },
            SnapshotTime = request.Format == ImportFormat.CboeEod ? "15:45" : "16:00",
        };
    }

    private static void RequireInputFiles(ImportRequest request)
    {
        if (request.OptionFiles.Count == 0)
            throw new ArgumentException("An import needs at least one option file.", nameof(request));
        string?[] inputs = [.. request.OptionFiles, request.SeriesFile, request.VixFuturesFile, request.VixOptionsFile];
        foreach (string? path in inputs)
        {
            if (path is not null && !File.Exists(path))
                throw new DatasetException(path, "not found");
        }
    }
}
