using k8s;

namespace VixShield.Deploy.Tests;

/// <summary>
/// Every YAML file under k8s/ and every kustomization's rendering is well-formed Kubernetes: KubernetesClient loads it
/// strictly (an unknown or misspelt field is an error) and the Kubernetes JSON schemas (npm kubernetes-models) accept
/// each object (required fields, types).
/// </summary>
public sealed class ManifestValidationTests(DeployFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Every_kustomization_renders_with_kubectl()
    {
        fixture.RequireKubectl();
        Assert.Contains("k8s/base", fixture.Kustomizations);
        Assert.Contains("k8s/overlays/dev", fixture.Kustomizations);
        Assert.Contains("k8s/overlays/production", fixture.Kustomizations);
        var failed = fixture.Renderings.Where(r => !r.Value.Succeeded).Select(r => r.Value.ToString()).ToList();
        Assert.True(failed.Count == 0, string.Join("\n\n", failed));
        foreach (var (kustomization, rendering) in fixture.Renderings)
            output.WriteLine($"{kustomization}: {rendering.StandardOutput.Split("\nkind: ").Length - 1} objects");
    }

    [Fact]
    public void Every_manifest_file_loads_strictly_with_KubernetesClient()
    {
        Assert.True(fixture.ManifestFiles.Count >= 20, $"only {fixture.ManifestFiles.Count} manifest files under k8s/: {string.Join(", ", fixture.ManifestFiles)}");
        var problems = new List<string>();
        foreach (string file in fixture.ManifestFiles)
        {
            try
            {
                var objects = KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(Repository.Root, file)), null, strict: true);
                Assert.NotEmpty(objects);
                output.WriteLine($"{file}: {string.Join(", ", objects.Select(o => o.GetType().Name))}");
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                problems.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_rendering_loads_strictly_with_KubernetesClient()
    {
        foreach (string kustomization in fixture.Kustomizations)
        {
            var objects = fixture.Objects(kustomization);
            Assert.NotEmpty(objects);
            output.WriteLine($"{kustomization}: {string.Join(", ", objects.Select(o => o.GetType().Name).Order())}");
        }
    }

    [Fact]
    public void Every_object_validates_against_the_Kubernetes_schemas()
    {
        var report = fixture.RequireReport();
        output.WriteLine("validators: " + string.Join(", ", report.Versions.Select(v => $"{v.Key} {v.Value}")));
        var sources = report.Kubernetes.Select(k => k.Source).ToHashSet();
        foreach (string file in fixture.ManifestFiles.Where(f => !DeployFixture.IsPatch(f)))
            Assert.Contains(file, sources);
        foreach (string kustomization in fixture.Renderings.Keys)
            Assert.Contains($"kubectl kustomize {kustomization}", sources);

        var invalid = report.Kubernetes.Where(k => k.Errors.Count > 0).Select(k => $"{k}: {string.Join("; ", k.Errors)}").ToList();
        Assert.True(invalid.Count == 0, "kubernetes-models rejects:\n" + string.Join("\n", invalid));
        output.WriteLine($"{report.Kubernetes.Count} objects valid, {report.Kubernetes.Select(k => k.Kind).Distinct().Count()} kinds");
    }

    [Fact]
    public void The_only_other_yaml_under_k8s_is_the_example_sweep_of_the_submit_job()
    {
        Assert.Equal(["k8s/jobs/submit/sweep.yaml"], fixture.OtherYamlFiles);
        var sweep = VixShield.Sweeps.SweepFile.Parse(File.ReadAllText(Path.Combine(Repository.Root, fixture.OtherYamlFiles[0])), "/data/sweeps/submitted.yaml");
        // Submitted over HTTP, a relative data: resolves against the coordinators' VIXSHIELD_DATA_ROOT (/data/sweeps).
        Assert.Equal("/data/default", sweep.DataPath);
        Assert.Equal(48, sweep.Grid.Count);
    }

    [Fact]
    public void No_secret_value_is_committed()
    {
        // Secrets are created out of band; the committed ones are examples with placeholders, never part of a rendering.
        foreach (string kustomization in fixture.Kustomizations)
            Assert.DoesNotContain(fixture.Objects(kustomization), o => o is k8s.Models.V1Secret);
        foreach (string file in fixture.ManifestFiles.Where(f => f.StartsWith("k8s/secrets/", StringComparison.Ordinal)))
        {
            Assert.EndsWith(".example.yaml", file);
            var secret = Assert.IsType<k8s.Models.V1Secret>(Assert.Single(KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(Repository.Root, file)), null, strict: true)));
            var values = (secret.StringData ?? new Dictionary<string, string>()).Where(p => p.Key != "username").Select(p => p.Value)
                .Concat((secret.Data ?? new Dictionary<string, byte[]>()).Select(p => System.Text.Encoding.UTF8.GetString(p.Value)));
            Assert.All(values, v => Assert.Contains("REPLACE", v, StringComparison.Ordinal));
        }
    }
}
