using System.Text.Json;
using System.Text.RegularExpressions;
using k8s.Models;

namespace VixShield.Deploy.Tests;

/// <summary>One environment variable a deployment sets: a literal value, or null when it comes from elsewhere (a Secret, the downward API).</summary>
internal sealed record EnvSetting(string Name, string? Value, string? From = null)
{
    public override string ToString() => Value is not null ? $"{Name}={Value}" : $"{Name} from {From}";
}

/// <summary>
/// A container that runs the vixshield image, wherever a deployment declares it (a Kubernetes pod template, a Compose
/// service): its environment (the image's ENV defaults under what the deployment sets) and vixshield's arguments.
/// </summary>
internal sealed partial record DeployedContainer(string Where, IReadOnlyList<EnvSetting> Env, IReadOnlyList<string> Arguments, bool IsKubernetes)
{
    /// <summary>The vixshield command: "node", "submit", "data generate".</summary>
    public string Command => Arguments.Count >= 2 && Arguments[0] == "data" ? $"data {Arguments[1]}" : Arguments.Count > 0 ? Arguments[0] : "";

    /// <summary>The --option names among the arguments (a value after '=' dropped).</summary>
    public IReadOnlyList<string> OptionNames => Arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(a => a.Split('=')[0]).ToList();

    /// <summary>The value of the last occurrence of <paramref name="name"/>, or null.</summary>
    public string? Variable(string name) => Env.LastOrDefault(e => e.Name == name)?.Value;

    public bool Has(string name) => Env.Any(e => e.Name == name);

    /// <summary>The values given to an option (each occurrence; --opt value and --opt=value).</summary>
    public IReadOnlyList<string> OptionValues(string option)
    {
        var values = new List<string>();
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (Arguments[i] == option && i + 1 < Arguments.Count)
                values.Add(Arguments[i + 1]);
            else if (Arguments[i].StartsWith(option + "=", StringComparison.Ordinal))
                values.Add(Arguments[i][(option.Length + 1)..]);
        }

        return values;
    }

    /// <summary>Names referenced as $(NAME) in env values and arguments: Kubernetes expands them when the container starts.</summary>
    public IReadOnlySet<string> ExpansionReferences() =>
        Env.Select(e => e.Value).Concat(Arguments).OfType<string>()
            .SelectMany(v => Expansion().Matches(v).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);

    public static bool IsVixshieldImage(string? image)
    {
        if (string.IsNullOrEmpty(image))
            return false;
        string name = image.Split('@')[0];
        int slash = name.LastIndexOf('/');
        int colon = name.LastIndexOf(':');
        if (colon > slash)
            name = name[..colon];
        return name[(slash + 1)..] == "vixshield";
    }

    /// <summary>Every vixshield container of the pod templates among <paramref name="objects"/> (a rendering).</summary>
    public static IEnumerable<DeployedContainer> FromKubernetes(string source, IEnumerable<object> objects, IReadOnlyDictionary<string, string> imageEnv)
    {
        foreach (var (owner, spec) in PodSpecs(objects))
        {
            foreach (var container in (spec.InitContainers ?? []).Concat(spec.Containers ?? []))
            {
                if (!IsVixshieldImage(container.Image))
                    continue;
                Assert.True(container.Command is null || container.Command.Count == 0,
                    $"{source} {owner} container {container.Name} replaces the image's entrypoint (dotnet /app/vixshield.dll): give vixshield's arguments in args");
                var env = imageEnv.Select(p => new EnvSetting(p.Key, p.Value, "the image")).ToList();
                env.AddRange((container.Env ?? []).Select(e => new EnvSetting(e.Name, e.ValueFrom is null ? e.Value ?? "" : null, Describe(e.ValueFrom))));
                yield return new DeployedContainer($"{source} {owner} container {container.Name}", env, container.Args?.ToList() ?? ["node"], IsKubernetes: true);
            }
        }
    }

    /// <summary>Every Compose service that runs the vixshield image (by image name or by building deploy/Dockerfile).</summary>
    public static IEnumerable<DeployedContainer> FromCompose(string source, JsonElement document, IReadOnlyDictionary<string, string> imageEnv)
    {
        foreach (var service in document.GetProperty("services").EnumerateObject())
        {
            var s = service.Value;
            string? image = s.TryGetProperty("image", out var i) ? i.GetString() : null;
            bool builds = s.TryGetProperty("build", out var b) && b.ValueKind == JsonValueKind.Object
                && b.TryGetProperty("dockerfile", out var d) && d.GetString()?.EndsWith("deploy/Dockerfile", StringComparison.Ordinal) == true;
            if (!builds && !IsVixshieldImage(ComposeDefault(image)))
                continue;

            var env = imageEnv.Select(p => new EnvSetting(p.Key, p.Value, "the image")).ToList();
            if (s.TryGetProperty("environment", out var environment))
            {
                if (environment.ValueKind == JsonValueKind.Object)
                    env.AddRange(environment.EnumerateObject().Select(p => new EnvSetting(p.Name, Scalar(p.Value))));
                else
                    env.AddRange(environment.EnumerateArray().Select(e => e.GetString()!).Select(e => e.Split('=', 2)).Select(p => new EnvSetting(p[0], p.Length > 1 ? p[1] : null, "the host")));
            }

            // A shell wrapper around the entrypoint may export settings it works out at start (a replica's address).
            if (s.TryGetProperty("entrypoint", out var entrypoint))
            {
                string text = entrypoint.ValueKind == JsonValueKind.Array ? string.Join(' ', entrypoint.EnumerateArray().Select(e => e.GetString())) : entrypoint.GetString() ?? "";
                env.AddRange(ShellExport().Matches(text).Select(m => new EnvSetting(m.Groups["name"].Value, null, "the entrypoint wrapper")));
            }

            var arguments = !s.TryGetProperty("command", out var command) ? ["node"]
                : command.ValueKind == JsonValueKind.Array ? command.EnumerateArray().Select(e => e.GetString()!).ToList()
                : command.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            yield return new DeployedContainer($"{source} service {service.Name}", env, arguments, IsKubernetes: false);
        }
    }

    public static IEnumerable<(string Owner, V1PodSpec Spec)> PodSpecs(IEnumerable<object> objects)
    {
        foreach (object o in objects)
        {
            switch (o)
            {
                case V1Deployment d:
                    yield return ($"Deployment/{d.Metadata.Name}", d.Spec.Template.Spec);
                    break;
                case V1StatefulSet s:
                    yield return ($"StatefulSet/{s.Metadata.Name}", s.Spec.Template.Spec);
                    break;
                case V1DaemonSet ds:
                    yield return ($"DaemonSet/{ds.Metadata.Name}", ds.Spec.Template.Spec);
                    break;
                case V1Job j:
                    yield return ($"Job/{j.Metadata.Name}", j.Spec.Template.Spec);
                    break;
                case V1CronJob c:
                    yield return ($"CronJob/{c.Metadata.Name}", c.Spec.JobTemplate.Spec.Template.Spec);
                    break;
                case V1Pod p:
                    yield return ($"Pod/{p.Metadata.Name}", p.Spec);
                    break;
            }
        }
    }

    /// <summary>${NAME:-default} → default: the value Compose uses when the host does not set NAME.</summary>
    private static string? ComposeDefault(string? value) =>
        value is null ? null : ComposeVariable().Replace(value, m => m.Groups["default"].Value);

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    private static string Describe(V1EnvVarSource? from) => from switch
    {
        null => "",
        { SecretKeyRef: { } s } => $"Secret {s.Name} key {s.Key}",
        { ConfigMapKeyRef: { } c } => $"ConfigMap {c.Name} key {c.Key}",
        { FieldRef: { } f } => $"field {f.FieldPath}",
        { ResourceFieldRef: { } r } => $"resource {r.Resource}",
        _ => "elsewhere",
    };

    [GeneratedRegex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Expansion();

    [GeneratedRegex(@"\bexport\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)=")]
    private static partial Regex ShellExport();

    [GeneratedRegex(@"\$\{[A-Za-z_][A-Za-z0-9_]*(:?-(?<default>[^}]*))?[^}]*\}")]
    private static partial Regex ComposeVariable();
}
