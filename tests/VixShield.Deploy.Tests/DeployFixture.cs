using System.Text.Json;
using System.Text.RegularExpressions;
using k8s;

[assembly: AssemblyFixture(typeof(VixShield.Deploy.Tests.DeployFixture))]

namespace VixShield.Deploy.Tests;

/// <summary>
/// Everything the deployment tests look at, gathered once per test run: the YAML files under k8s/, every kustomization
/// rendered by <c>kubectl kustomize</c>, one run of the Node.js validators over all of it (Kubernetes schemas, Dockerfile
/// lint, Compose schema), and the real executable's help for the commands the deployments run.
/// A missing tool is recorded, not thrown: each test then skips (node) or fails (kubectl) with the reason.
/// </summary>
public sealed partial class DeployFixture : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, IReadOnlyList<object>> _objects = new(StringComparer.Ordinal);
    private string? _scratch;

    /// <summary>Every YAML file under k8s/ that holds Kubernetes objects (patches included), relative to the root.</summary>
    public IReadOnlyList<string> ManifestFiles { get; private set; } = [];

    /// <summary>YAML files under k8s/ that are not Kubernetes objects (a sweep file a ConfigMap is generated from).</summary>
    public IReadOnlyList<string> OtherYamlFiles { get; private set; } = [];

    /// <summary>Folders with a kustomization.yaml, relative to the root (k8s/base, k8s/overlays/dev, ...).</summary>
    public IReadOnlyList<string> Kustomizations { get; private set; } = [];

    /// <summary>kubectl kustomize's result per kustomization folder; empty when kubectl is missing.</summary>
    public IReadOnlyDictionary<string, ProcessResult> Renderings { get; private set; } = new Dictionary<string, ProcessResult>();

    /// <summary>Why kustomizations could not be rendered at all (kubectl missing); null when they were.</summary>
    public string? KubectlMissing { get; private set; }

    /// <summary>Why the Node.js validators could not run (node or their npm packages missing); null when they ran.</summary>
    public string? NodeMissing { get; private set; }

    /// <summary>The validators' run when it failed outright (a crash, not findings).</summary>
    public ProcessResult? ValidatorFailure { get; private set; }

    public ValidationReport? Report { get; private set; }

    /// <summary>Help of each command in <see cref="CommandHelp.Deployed"/>.</summary>
    public IReadOnlyDictionary<string, CommandHelp> Help { get; private set; } = new Dictionary<string, CommandHelp>();

    public async ValueTask InitializeAsync()
    {
        _scratch = Directory.CreateTempSubdirectory("vixshield-deploy-tests-").FullName;
        var yamlFiles = Directory.EnumerateFiles(Repository.K8s, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Kustomizations = yamlFiles.Where(f => Path.GetFileName(f) == "kustomization.yaml")
            .Select(f => Repository.Relative(Path.GetDirectoryName(f)!)).ToList();
        var others = yamlFiles.Where(f => Path.GetFileName(f) != "kustomization.yaml").ToList();
        ManifestFiles = others.Where(f => IsKubernetesObjectFile(File.ReadAllText(f))).Select(Repository.Relative).ToList();
        OtherYamlFiles = others.Select(Repository.Relative).Except(ManifestFiles).ToList();

        var help = CommandHelp.Deployed.Select(async command =>
        {
            var run = await ProcessRun.RunAsync("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "vixshield.dll"), .. command.Split(' '), "--help"], Bound);
            return CommandHelp.Parse(command, run.StandardOutput);
        }).ToList();
        await RenderAsync();
        await ValidateAsync();
        Help = (await Task.WhenAll(help)).ToDictionary(h => h.Command, StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        if (_scratch is not null && Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>The objects of a kustomization's rendering, loaded strictly (unknown fields are errors) by KubernetesClient.</summary>
    public IReadOnlyList<object> Objects(string kustomization)
    {
        RequireKubectl();
        lock (_objects)
        {
            if (!_objects.TryGetValue(kustomization, out var objects))
            {
                var rendering = Renderings[kustomization];
                Assert.True(rendering.Succeeded, $"kubectl kustomize {kustomization} failed:\n{rendering}");
                objects = KubernetesYaml.LoadAllFromString(rendering.StandardOutput, null, strict: true);
                _objects[kustomization] = objects;
            }

            return objects;
        }
    }

    /// <summary>Fails (never skips) without kubectl: it is part of the machine image, and nothing can install it here.</summary>
    public void RequireKubectl()
    {
        if (KubectlMissing is not null)
            Assert.Fail(KubectlMissing);
    }

    /// <summary>Skips without node or the validators' packages (.ci/setup installs both, and CI counts a skip as a failure).</summary>
    public ValidationReport RequireReport()
    {
        if (NodeMissing is not null)
            Assert.Skip(NodeMissing);
        Assert.True(ValidatorFailure is null, $"the validators failed:\n{ValidatorFailure}");
        return Report!;
    }

    private async Task RenderAsync()
    {
        if (Tools.Find("kubectl") is not { } kubectl)
        {
            KubectlMissing = "kubectl is not on PATH: the kustomizations cannot be rendered (the machine image ships it at /usr/bin/kubectl; "
                + "install kubectl, whose 'kubectl kustomize' works offline)";
            return;
        }

        var runs = await Task.WhenAll(Kustomizations.Select(k => ProcessRun.RunAsync(kubectl, ["kustomize", k], Bound)));
        Renderings = Kustomizations.Zip(runs).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    private async Task ValidateAsync()
    {
        if (Tools.Find("node") is not { } node)
        {
            NodeMissing = "node (Node.js) is not on PATH: bash .ci/setup installs it (Debian packages nodejs and npm)";
            return;
        }

        if (!Directory.Exists(Path.Combine(Repository.NodeFolder, "node_modules", "kubernetes-models")))
        {
            NodeMissing = $"the validators' npm packages are not installed in {Repository.Relative(Repository.NodeFolder)}: run bash .ci/setup (npm ci there)";
            return;
        }

        var kubernetes = ManifestFiles.Where(f => !IsPatch(f)).Select(f => new { source = f, path = Path.Combine(Repository.Root, f) }).ToList();
        foreach (var (kustomization, rendering) in Renderings.Where(r => r.Value.Succeeded))
        {
            string file = Path.Combine(_scratch!, kustomization.Replace('/', '_') + ".yaml");
            await File.WriteAllTextAsync(file, rendering.StandardOutput);
            kubernetes.Add(new { source = $"kubectl kustomize {kustomization}", path = file });
        }

        var request = new
        {
            kubernetes,
            dockerfiles = new[] { new { source = Repository.Relative(Repository.Dockerfile), path = Repository.Dockerfile } },
            compose = new[] { new { source = Repository.Relative(Repository.Compose), path = Repository.Compose } },
        };
        string requestFile = Path.Combine(_scratch!, "request.json");
        await File.WriteAllTextAsync(requestFile, JsonSerializer.Serialize(request));
        var run = await ProcessRun.RunAsync(node, [Path.Combine(Repository.NodeFolder, "validate.js"), requestFile], Bound, Repository.NodeFolder);
        if (!run.Succeeded)
        {
            ValidatorFailure = run;
            return;
        }

        Report = ValidationReport.Parse(run.StandardOutput);
    }

    /// <summary>A strategic-merge patch: a partial object, checked for field names only (its full form is checked rendered).</summary>
    public static bool IsPatch(string relativePath) => relativePath.Split('/').Contains("patches");

    private static bool IsKubernetesObjectFile(string text) => ApiVersionLine().IsMatch(text) && KindLine().IsMatch(text);

    [GeneratedRegex(@"^apiVersion:\s*\S", RegexOptions.Multiline)]
    private static partial Regex ApiVersionLine();

    [GeneratedRegex(@"^kind:\s*\S", RegexOptions.Multiline)]
    private static partial Regex KindLine();
}
