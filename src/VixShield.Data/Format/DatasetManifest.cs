using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VixShield.Data.Format;

/// <summary>The contents of <c>dataset.json</c>: what a dataset is, where it came from and how big it is.</summary>
public sealed record DatasetManifest
{
    [JsonPropertyName("schema_version")]
    public int SchemaVersion { get; init; } = DatasetSchema.Version;

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("source")]
    public required DatasetSource Source { get; init; }

    /// <summary>Local exchange time of every snapshot, "HH:mm" in <see cref="TimeZone"/>.</summary>
    [JsonPropertyName("snapshot_time")]
    public string SnapshotTime { get; init; } = "15:45";

    [JsonPropertyName("time_zone")]
    public string TimeZone { get; init; } = "America/New_York";

    /// <summary>First snapshot date, yyyy-MM-dd.</summary>
    [JsonPropertyName("start")]
    public string? Start { get; init; }

    /// <summary>Last snapshot date, yyyy-MM-dd.</summary>
    [JsonPropertyName("end")]
    public string? End { get; init; }

    [JsonPropertyName("rows")]
    public DatasetRowCounts Rows { get; init; } = new();

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads <c>dataset.json</c>; a malformed file is a <see cref="DatasetException"/> naming it.</summary>
    public static DatasetManifest Read(string datasetDirectory)
    {
        string path = Path.Combine(datasetDirectory, DatasetSchema.ManifestFile);
        if (!File.Exists(path))
            throw new DatasetException(path, "missing: not a dataset folder (no dataset.json)");
        try
        {
            var manifest = JsonSerializer.Deserialize<DatasetManifest>(File.ReadAllText(path), JsonOptions)
                ?? throw new DatasetException(path, "empty manifest");
            if (manifest.SchemaVersion != DatasetSchema.Version)
                throw new DatasetException(path, $"schema_version {manifest.SchemaVersion} is not supported (this build reads {DatasetSchema.Version})");
            return manifest;
        }
        catch (JsonException e)
        {
            throw new DatasetException(path, $"not valid JSON: {e.Message}");
        }
    }
}

/// <summary>Where a dataset came from: a synthetic model (with seed and parameters) or imported vendor files.</summary>
public sealed record DatasetSource
{
    /// <summary>"synthetic" or "import".</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>For imports: the vendor format (cboe-eod, optionsdx).</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>The model's name and parameters, with literature references, for synthetic data.</summary>
    [JsonPropertyName("model")]
    public JsonObject? Model { get; init; }

    /// <summary>The imported files, by file name.</summary>
    [JsonPropertyName("files")]
    public IReadOnlyList<string>? Files { get; init; }
}

/// <summary>Row counts per file family.</summary>
public sealed record DatasetRowCounts
{
    [JsonPropertyName("series")]
    public long Series { get; init; }

    [JsonPropertyName("spx_options")]
    public long SpxOptions { get; init; }

    [JsonPropertyName("vix_futures")]
    public long VixFutures { get; init; }

    [JsonPropertyName("vix_options")]
    public long VixOptions { get; init; }
}
