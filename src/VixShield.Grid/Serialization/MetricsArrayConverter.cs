using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using VixShield.Core.Engine;
using VixShield.Sweeps.Ranking;

namespace VixShield.Grid.Serialization;

/// <summary>
/// Writes <see cref="BacktestMetrics"/> as an array of its 16 values in constructor order, not an object: a unit carries
/// a thousand sets of metrics, and the field names were more than half of every result on the wire and in the journal.
/// Reads the array and the object form written before, so older journals still recover. Doubles keep the round-trip
/// form; NaN and the infinities are the named literals.
/// </summary>
internal sealed class MetricsArrayConverter : JsonConverter<BacktestMetrics>
{
    private const int Count = 16;

    public override BacktestMetrics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
            return JsonSerializer.Deserialize<BacktestMetrics>(ref reader, ObjectForm) ?? throw new JsonException("metrics: null object");
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"metrics: expected an array of {Count} numbers, found {reader.TokenType}");
        Span<double> v = stackalloc double[Count];
        int n = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (n == Count)
                throw new JsonException($"metrics: more than {Count} values");
            v[n++] = reader.TokenType == JsonTokenType.String
                ? double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                : reader.GetDouble();
        }

        if (n != Count)
            throw new JsonException($"metrics: {n} values, expected {Count}");
        try
        {
            return MetricTable.FromValues(v);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"metrics: {e.Message}");
        }
    }

    public override void Write(Utf8JsonWriter writer, BacktestMetrics m, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        Number(writer, m.Irr);
        Number(writer, m.Cagr);
        Number(writer, m.MaxDrawdown);
        writer.WriteNumberValue(m.MaxDrawdownDays);
        Number(writer, m.Sharpe);
        Number(writer, m.Sortino);
        Number(writer, m.Calmar);
        Number(writer, m.WinRate);
        Number(writer, m.ProfitFactor);
        Number(writer, m.AvgTrade);
        Number(writer, m.WorstTrade);
        Number(writer, m.Cvar95);
        Number(writer, m.HedgeCostShare);
        writer.WriteNumberValue(m.Trades);
        writer.WriteNumberValue(m.HedgeLayers);
        Number(writer, m.FinalEquity);
        writer.WriteEndArray();
    }

    /// <summary>The options without this converter, for the object form of older events.</summary>
    private static readonly JsonSerializerOptions ObjectForm = new(JsonSerializerDefaults.General)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static void Number(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
            writer.WriteNumberValue(value);
        else
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture)); // "NaN", "Infinity", "-Infinity"
    }
}
