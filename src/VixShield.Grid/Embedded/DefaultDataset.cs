using VixShield.Data.Format;
using VixShield.Data.Synthetic;

namespace VixShield.Grid.Embedded;

/// <summary>Makes sure a sweep's dataset exists: the default synthetic one (a folder ending in <c>data/default</c>) is generated when missing.</summary>
public static class DefaultDataset
{
    /// <summary>True when <paramref name="path"/> names the default synthetic dataset's folder.</summary>
    public static bool IsDefault(string path) =>
        Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar).EndsWith($"{Path.DirectorySeparatorChar}data{Path.DirectorySeparatorChar}default", StringComparison.Ordinal);

    /// <summary>Generates the default dataset if it is missing; any other missing folder is a <see cref="DatasetException"/>.</summary>
    public static async Task EnsureAsync(string path, IProgress<GenerationProgress>? progress, CancellationToken cancel)
    {
        if (Directory.Exists(path))
            return;
        if (!IsDefault(path))
            throw new DatasetException(path, "no such dataset folder (only the default synthetic dataset, data/default, is generated on demand)");
        await SyntheticMarketGenerator.GenerateAsync(new SyntheticMarketOptions(), path, progress: progress, cancel: cancel);
    }
}
