using System.Text.Json.Serialization;

namespace VixShield.Data.Inspection;

/// <summary>What <c>vixshield data inspect</c> reports about a dataset: its extent, density and quality.</summary>
public sealed record DatasetSummary
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("first_date")] public required string FirstDate { get; init; }
    [JsonPropertyName("last_date")] public required string LastDate { get; init; }
    [JsonPropertyName("snapshots")] public int Snapshots { get; init; }
    [JsonPropertyName("spx_option_rows")] public long SpxOptionRows { get; init; }
    [JsonPropertyName("vix_future_rows")] public long VixFutureRows { get; init; }
    [JsonPropertyName("vix_option_rows")] public long VixOptionRows { get; init; }
    [JsonPropertyName("expirations_per_snapshot")] public required Spread ExpirationsPerSnapshot { get; init; }
    [JsonPropertyName("strikes_per_expiration")] public required Spread StrikesPerExpiration { get; init; }
    [JsonPropertyName("snapshots_without_options")] public int SnapshotsWithoutOptions { get; init; }
    /// <summary>Weekdays between the first and last snapshot that are not snapshots (holidays, or gaps in the data).</summary>
    [JsonPropertyName("missing_weekdays")] public required IReadOnlyList<string> MissingWeekdays { get; init; }
    [JsonPropertyName("quality")] public required Quality QualityCounts { get; init; }
    [JsonPropertyName("load_seconds")] public double LoadSeconds { get; init; }

    /// <summary>Minimum, mean and maximum of a count.</summary>
    public sealed record Spread(
        [property: JsonPropertyName("min")] int Min,
        [property: JsonPropertyName("mean")] double Mean,
        [property: JsonPropertyName("max")] int Max);

    /// <summary>Counts of quotes a trader would want to know about, and rows a lenient load dropped.</summary>
    public sealed record Quality(
        [property: JsonPropertyName("zero_bid_quotes")] long ZeroBidQuotes,
        [property: JsonPropertyName("locked_quotes")] long LockedQuotes,
        [property: JsonPropertyName("dropped")] IReadOnlyDictionary<string, long> Dropped);
}
