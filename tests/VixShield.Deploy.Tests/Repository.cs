namespace VixShield.Deploy.Tests;

/// <summary>Paths in the repository the tests were built from (found by walking up to VixShield.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string K8s => Path.Combine(Root, "k8s");

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string Dockerfile => Path.Combine(Deploy, "Dockerfile");

    public static string Compose => Path.Combine(Deploy, "compose.yaml");

    /// <summary>The validators' folder: package.json, package-lock.json, validate.js, node_modules (installed by .ci/setup).</summary>
    public static string NodeFolder => Path.Combine(Root, "tests", "VixShield.Deploy.Tests", "node");

    /// <summary>A path relative to the root, with forward slashes, for messages.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VixShield.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"no VixShield.sln above {AppContext.BaseDirectory}");
    }
}
