using System.Text.Json;

namespace VixShield.Deploy.Tests;

/// <summary>What node/validate.js printed: kubernetes-models' schema findings, dockerfile-utils' lint, the Compose schema.</summary>
public sealed record ValidationReport(
    Dictionary<string, string> Versions,
    List<KubernetesFinding> Kubernetes,
    List<DockerfileFinding> Dockerfiles,
    List<ComposeFinding> Compose)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static ValidationReport Parse(string json) =>
        JsonSerializer.Deserialize<ValidationReport>(json, Json) ?? throw new JsonException("the validator printed null");
}

/// <summary>One YAML document: its identity and the schema's complaints (none = valid).</summary>
public sealed record KubernetesFinding(string Source, int Index, string? ApiVersion, string? Kind, string? Name, List<string> Errors)
{
    public override string ToString() => $"{Source} #{Index} {Kind}/{Name}";
}

public sealed record DockerfileFinding(string Source, List<DockerfileProblem> Problems);

public sealed record DockerfileProblem(int Line, string Severity, string Message)
{
    public override string ToString() => $"line {Line}: {Severity}: {Message}";
}

/// <summary>The compose file as parsed (YAML merge keys resolved) and the Compose specification schema's complaints.</summary>
public sealed record ComposeFinding(string Source, List<string> Errors, JsonElement? Document);
