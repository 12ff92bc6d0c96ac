using System.Diagnostics;
using System.Text;

namespace VixShield.Deploy.Tests;

/// <summary>What a finished tool printed, standard output and error apart (kubectl's YAML must not mix with warnings).</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"$ {CommandLine}\n(exit {ExitCode})\n{StandardError.TrimEnd()}\n{StandardOutput.TrimEnd()}".TrimEnd();
}

/// <summary>Runs a tool to completion within a bound; a tool that outlives it is killed (its own process tree only).</summary>
internal static class ProcessRun
{
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, TimeSpan bound,
        string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        string commandLine = string.Join(' ', start.ArgumentList.Prepend(file).Select(a => a.Contains(' ') ? $"'{a}'" : a));
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(bound);
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

            return new ProcessResult(commandLine, -1, Text(output), Text(error) + $"\n(killed: still running after {bound.TotalSeconds:0.#} s)");
        }

        // WaitForExitAsync returns after the redirected streams are drained.
        return new ProcessResult(commandLine, process.ExitCode, Text(output), Text(error));
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
            return builder.ToString();
    }
}
