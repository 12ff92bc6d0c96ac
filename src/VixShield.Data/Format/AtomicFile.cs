namespace VixShield.Data.Format;

/// <summary>Writes a file under a temporary name beside it and renames it into place, so a reader never sees half of it.</summary>
public static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        string full = Path.GetFullPath(path);
        string temporary = $"{full}.tmp-{Environment.ProcessId}";
        try
        {
            await using (var stream = File.Create(temporary))
                await write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>UTF-8 text without a byte-order mark.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancel = default) =>
        WriteAsync(path, stream => stream.WriteAsync(new System.Text.UTF8Encoding(false).GetBytes(text), cancel).AsTask());

    /// <summary>Text from a writer (UTF-8 without a byte-order mark), creating the file's folder if needed.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        WriteAsync(full, stream =>
        {
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                write(writer);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }
}
