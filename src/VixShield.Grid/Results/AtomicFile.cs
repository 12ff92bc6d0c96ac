namespace VixShield.Grid.Results;

/// <summary>Writes a file under a temporary name beside it and renames it into place, so a reader never sees half of it.</summary>
public static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        string temporary = $"{path}.tmp-{Environment.ProcessId}";
        try
        {
            await using (var stream = File.Create(temporary))
                await write(stream);
            File.Move(temporary, path, overwrite: true);
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
}
