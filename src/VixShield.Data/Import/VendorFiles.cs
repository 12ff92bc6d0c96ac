using System.IO.Compression;
using System.Text;
using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>A text file to read and the name it goes by in messages and in the manifest.</summary>
internal sealed record NamedText(string Name, TextReader Text);

/// <summary>Opens an input file as text: a plain file, or each .csv and .txt entry of a .zip archive, in entry-name order.</summary>
internal static class VendorFiles
{
    /// <summary>Each text is disposed when the enumeration moves past it. Entries are named <c>archive.zip/entry.csv</c>.</summary>
    public static IEnumerable<NamedText> Open(string path)
    {
        string name = Path.GetFileName(path);
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var text = OpenText(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
            yield return new NamedText(name, text);
            yield break;
        }

        using var archive = OpenArchive(path, name);
        var entries = archive.Entries
            .Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0)
            throw new DatasetException(name, "contains no .csv or .txt file");
        foreach (var entry in entries)
        {
            using var text = OpenText(entry.Open());
            yield return new NamedText($"{name}/{entry.FullName}", text);
        }
    }

    /// <summary>Opens a small, plain CSV file (series, VIX).</summary>
    public static TextReader OpenPlain(string path) => OpenText(File.OpenRead(path));

    private static ZipArchive OpenArchive(string path, string name)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException(name, $"is not a readable zip archive ({e.Message})");
        }
    }

    private static StreamReader OpenText(Stream stream) =>
        new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
}
