using System.Diagnostics;

namespace VixShield.Cli.Tests;

/// <summary>Runs the real <c>vixshield</c> executable (built beside the tests) and captures what it prints.</summary>
internal static class VixShieldProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "vixshield.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vixshield {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
