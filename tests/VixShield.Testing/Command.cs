using System.Diagnostics;
using System.Text;

namespace VixShield.Testing;

/// <summary>Runs a command to completion within a time bound, capturing stdout and stderr together.</summary>
public static class Command
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/>; kills its whole tree if it outlives <paramref name="bound"/> and reports that as exit -1.</summary>
    public static async Task<CommandResult> RunAsync(string file, IEnumerable<string> arguments, TimeSpan bound, string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        // Stray PG* variables (PGPORT, PGDATA, PGHOST...) in the caller's environment must not steer the server we start.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToArray())
            start.Environment.Remove(name);

        string commandLine = string.Join(' ', start.ArgumentList.Prepend(file).Select(a => a.Contains(' ') ? $"'{a}'" : a));
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            cancellationToken.ThrowIfCancellationRequested();
            lock (output)
                return new CommandResult(commandLine, -1, output + $"\n(killed: still running after {bound.TotalSeconds:0.#} s)");
        }

        lock (output)
            return new CommandResult(commandLine, process.ExitCode, output.ToString());
    }
}
