using System.Text.Json;
using System.Text.Json.Serialization;
using VixShield.Sweeps;

namespace VixShield.Grid.Serialization;

/// <summary>
/// Writes a unit's results (<see cref="Coordinator.UnitResults"/>, <see cref="Coordinator.UnitCompleted"/>) as one base64
/// string of packed bytes instead of an array of objects: the journal's cost follows payload bytes and a unit carries
/// about a thousand sets. Reads that string and the array of the v1 manifests, so journals written before still recover.
/// <para>
/// Packed bytes (integers are LEB128 varints, signed ones zigzag-mapped; text is a varint byte length and UTF-8;
/// doubles are their 8 IEEE bytes, little-endian, so every double comes back bit for bit, NaN payloads and negative zero
/// included): format byte 1, then the header and the sets below. Random full-precision doubles do not compress: a
/// Brotli-compressed layout was 4% smaller for 1,000 sets but cost a compressor per unit, which cut the coordinator's
/// one-set completions per second by a third.
/// </para>
/// <para>
/// The header: set count; index layout 0 (consecutive: the first index follows) or 1 (each set carries its index as the
/// difference from the previous one); the common block counts (a count, then each block's return count) taken from
/// the first set with blocks. Then per set: [its index difference], a contents byte of <see cref="PackedSetContents"/>
/// flags, and what they announce in this order: metrics (max_dd_days, trades, hedge_layers as integers, then the
/// other 13 in <see cref="Core.Engine.BacktestMetrics"/>' constructor order as doubles); the error text; blocks
/// ([own count and return counts when they differ from the common ones], then sum and sum of squares of each block as
/// doubles); window scores (count, then doubles). Empty arrays and null parts are told apart by the flags.
/// </para>
/// </summary>
internal sealed class PackedResultsConverter : JsonConverter<IReadOnlyList<SetResult>>
{
    public override IReadOnlyList<SetResult> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.TryGetBytesFromBase64(out byte[]? packed)
                    ? PackedResults.Read(packed)
                    : throw new JsonException("packed results: the string is not base64");
            case JsonTokenType.StartArray:
                // The v1 form; SetResult[] is not IReadOnlyList<SetResult>, so this converter is not asked again.
                return JsonSerializer.Deserialize<SetResult[]>(ref reader, options) ?? [];
            default:
                throw new JsonException($"results: expected a base64 string or an array, found {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<SetResult> results, JsonSerializerOptions options) =>
        writer.WriteBase64StringValue(PackedResults.Write(results).Written);
}
