namespace VixShield.Cli.Output;

/// <summary>Writes a file under a temporary name and renames it into place, so a failure never leaves half a file.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = $"{full}.tmp-{Environment.ProcessId}";
        try
        {
            using (var writer = new StreamWriter(temporary))
                write(writer);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
