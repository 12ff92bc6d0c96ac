namespace VixShield.Reports.Tests;

/// <summary>Where the tests find the repository (walking up to VixShield.sln) and where they leave artifacts (screenshots, reports).</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The validator's folder: package.json, package-lock.json, node_modules (installed by .ci/setup).</summary>
    public static string NodeFolder => Path.Combine(Root, "tests", "VixShield.Reports.Tests", "node");

    /// <summary>Under the test output folder (bin/…/artifacts), kept after the run for a person to look at.</summary>
    public static string Artifacts(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        return folder;
    }

    /// <summary>A fresh empty folder for one test, removed with <see cref="IDisposable.Dispose"/>.</summary>
    public static TemporaryFolder Temporary() => new();

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

/// <summary>A temporary folder that deletes itself.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("vixshield-report-").FullName;

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
