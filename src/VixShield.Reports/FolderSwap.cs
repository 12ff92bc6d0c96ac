namespace VixShield.Reports;

/// <summary>Replaces a folder by one built beside it, so that a crash mid-write leaves the old folder (or none), never a mix.</summary>
internal static class FolderSwap
{
    private static int _writes;

    public static void Replace(string folder, Action<string> build)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        string parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{folder}: a report folder needs a parent folder", nameof(folder));
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(target);
        // Siblings on the same file system, so both moves are renames; the process id and a counter keep two writers apart.
        string writer = $"{Environment.ProcessId}-{Interlocked.Increment(ref _writes)}";
        string staging = Path.Combine(parent, $".{name}.new-{writer}");
        string retired = Path.Combine(parent, $".{name}.old-{writer}");
        DeleteIfPresent(staging);
        DeleteIfPresent(retired);
        try
        {
            Directory.CreateDirectory(staging);
            build(staging);
            if (Directory.Exists(target))
                Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        finally
        {
            DeleteIfPresent(staging);
            DeleteIfPresent(retired);
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }
}
