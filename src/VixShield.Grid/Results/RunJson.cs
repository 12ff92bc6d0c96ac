using System.Text.Json;
using System.Text.Json.Serialization;
using VixShield.Data.Format;

namespace VixShield.Grid.Results;

/// <summary>Writes and reads <c>run.json</c> (<see cref="SweepRunRecord"/>): camelCase, indented, UTC times in ISO 8601.</summary>
public static class RunJson
{
    public const string FileName = "run.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static Task WriteAsync(string folder, SweepRunRecord run, CancellationToken cancel = default) =>
        AtomicFile.WriteTextAsync(Path.Combine(folder, FileName), Text(run), cancel);

    /// <summary>The file's text, with <c>wallSeconds</c> spelled out for readers that do not subtract dates.</summary>
    public static string Text(SweepRunRecord run) => JsonSerializer.Serialize(Shape.Of(run), Options) + "\n";

    /// <summary>Reads <c>run.json</c> from <paramref name="folder"/>; a missing, unparsable or incomplete file is a <see cref="SweepFolderException"/> naming it.</summary>
    public static async Task<SweepRunRecord> ReadAsync(string folder, CancellationToken cancel = default)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new SweepFolderException($"{path}: not found (a finished sweep's folder has run.json beside results.parquet)");
        try
        {
            await using var stream = File.OpenRead(path);
            var shape = await JsonSerializer.DeserializeAsync<Shape>(stream, Options, cancel)
                ?? throw new SweepFolderException($"{path}: null instead of an object");
            var run = shape.ToRecord();
            if (run.FinishedAtUtc < run.AcceptedAtUtc)
                throw new SweepFolderException($"{path}: finishedAtUtc is before acceptedAtUtc");
            if (run.Nodes is < 1 || run.Cores is < 1)
                throw new SweepFolderException($"{path}: nodes and cores must be at least 1 (or null when unknown)");
            return run;
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new SweepFolderException($"{path}: not a valid run file{where}: {FirstSentence(e.Message)}", e);
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        string sentence = (end < 0 ? message : message[..end]).ReplaceLineEndings(" ");
        // The reader's messages name the internal shape; the user knows it as the run record.
        return sentence.Replace($"type '{typeof(Shape).FullName}'", "the run record").Replace(typeof(Shape).FullName!, "a run record").TrimEnd('.');
    }

    private sealed record Shape(
        string SweepId, string Name, string SweepFile, DateTime AcceptedAtUtc, DateTime FinishedAtUtc, double WallSeconds = 0, int? Nodes = null, int? Cores = null)
    {
        public static Shape Of(SweepRunRecord run) =>
            new(run.SweepId, run.Name, run.SweepFile, run.AcceptedAtUtc, run.FinishedAtUtc, run.WallSeconds, run.Nodes, run.Cores);

        public SweepRunRecord ToRecord() => new(SweepId, Name, SweepFile, Utc(AcceptedAtUtc), Utc(FinishedAtUtc), Nodes, Cores);

        // A time written without an offset is taken as UTC, as the names say; one with an offset is converted.
        private static DateTime Utc(DateTime time) => time.Kind switch
        {
            DateTimeKind.Local => time.ToUniversalTime(),
            _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        };
    }
}
