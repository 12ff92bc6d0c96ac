using System.Diagnostics;
using System.Text.Json;

namespace VixShield.Reports.Tests;

/// <summary>Runs the npm package html-validate (node/, installed by .ci/setup) on files and returns its findings as one line each.</summary>
internal static class HtmlValidator
{
    public static IReadOnlyList<string> Validate(IEnumerable<string> files)
    {
        string cli = Path.Combine(TestPaths.NodeFolder, "node_modules", "html-validate", "bin", "html-validate.mjs");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"{cli} is missing: run .ci/setup (npm ci in {TestPaths.NodeFolder})");
        var start = new ProcessStartInfo("node") { WorkingDirectory = TestPaths.NodeFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { cli, "--config", Path.Combine(TestPaths.NodeFolder, ".htmlvalidate.json"), "--formatter", "json" }.Concat(files))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("html-validate took over 2 minutes");
        }

        string output = stdout.Result.Trim();
        // Exit 0: valid; 1: findings (listed in the JSON); anything else is the validator failing to run.
        if (process.ExitCode is not (0 or 1) || output.Length == 0 && process.ExitCode != 0)
            throw new InvalidOperationException($"html-validate exited {process.ExitCode}: {stderr.Result}");
        if (output.Length == 0)
            return [];
        using var json = JsonDocument.Parse(output);
        var findings = new List<string>();
        foreach (var file in json.RootElement.EnumerateArray())
        {
            string path = Path.GetFileName(file.GetProperty("filePath").GetString() ?? "?");
            foreach (var message in file.GetProperty("messages").EnumerateArray())
            {
                findings.Add($"{path}:{message.GetProperty("line").GetInt32()}:{message.GetProperty("column").GetInt32()} " +
                             $"{message.GetProperty("ruleId").GetString()}: {message.GetProperty("message").GetString()}");
            }
        }

        return findings;
    }
}
