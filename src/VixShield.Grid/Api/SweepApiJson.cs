using System.Text.Json;

namespace VixShield.Grid.Api;

/// <summary>The API's JSON conventions (camelCase names, ISO 8601 UTC times), shared by the server and its clients so both read the same shapes.</summary>
public static class SweepApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
