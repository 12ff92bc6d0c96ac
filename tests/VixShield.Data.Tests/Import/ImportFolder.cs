using System.IO.Compression;
using VixShield.Data.Format;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

/// <summary>A temporary folder holding hand-made input files and the dataset an import writes (at <see cref="Output"/>).</summary>
internal sealed class ImportFolder : IDisposable
{
    public ImportFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "vixshield-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Output = Path.Combine(Root, "dataset");
    }

    public string Root { get; }

    public string Output { get; }

    /// <summary>Writes a file (LF line ends, as given) and returns its path.</summary>
    public string Write(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Zip(string name, params (string Entry, string Text)[] entries)
    {
        string path = Path.Combine(Root, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write(text);
        }

        return path;
    }

    public Task<ImportReport> ImportAsync(
        ImportFormat format, string[] options, string series,
        string? vixFutures = null, string? vixOptions = null, bool lenient = false, bool force = false) =>
        VendorImporter.ImportAsync(new ImportRequest
        {
            Format = format,
            OptionFiles = options,
            SeriesFile = series,
            OutputDirectory = Output,
            VixFuturesFile = vixFutures,
            VixOptionsFile = vixOptions,
            Lenient = lenient,
            Force = force,
        }, TestContext.Current.CancellationToken);

    /// <summary>Runs an import expected to fail; returns the one-line message and checks that no dataset or staging folder is left.</summary>
    public async Task<string> FailingImportAsync(ImportFormat format, string[] options, string series, string? vixFutures = null, string? vixOptions = null)
    {
        var error = await Assert.ThrowsAsync<DatasetException>(() => ImportAsync(format, options, series, vixFutures, vixOptions));
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(Directory.Exists(Output), "no dataset folder may be left behind");
        Assert.Empty(Directory.GetDirectories(Root));
        return error.Message;
    }

    public Task<ParquetTable> ReadAsync(string relativePath) => ParquetTable.ReadAsync(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
