namespace VixShield.Deploy.Tests;

/// <summary>The vixshield containers of every deployment: each kustomization's rendering and the compose file.</summary>
internal static class Deployments
{
    public static IReadOnlyDictionary<string, string> ImageEnvironment() => DockerfileText.Load(Repository.Dockerfile).Environment();

    public static IReadOnlyList<DeployedContainer> Kubernetes(DeployFixture fixture, string kustomization) =>
        DeployedContainer.FromKubernetes($"kubectl kustomize {kustomization}:", fixture.Objects(kustomization), ImageEnvironment()).ToList();

    public static IReadOnlyList<DeployedContainer> AllKubernetes(DeployFixture fixture) =>
        fixture.Kustomizations.SelectMany(k => Kubernetes(fixture, k)).ToList();

    public static IReadOnlyList<DeployedContainer> Compose(DeployFixture fixture)
    {
        var compose = fixture.RequireReport().Compose.Single();
        Assert.True(compose.Document is not null, $"{compose.Source} did not parse: {string.Join("; ", compose.Errors)}");
        return DeployedContainer.FromCompose(compose.Source, compose.Document!.Value, ImageEnvironment()).ToList();
    }
}
