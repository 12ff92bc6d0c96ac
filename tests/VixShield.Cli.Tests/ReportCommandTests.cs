namespace VixShield.Cli.Tests;

/// <summary><c>vixshield report</c> through the real executable: the report a sweep leaves, rebuilding it byte for byte, the index of sweeps, and bad folders.</summary>
public sealed class ReportCommandTests
{
    private static async Task<(TinyDataset Tiny, string Output)> SweptAsync()
    {
        var tiny = await TinyDataset.CreateAsync();
        string file = Path.Combine(tiny.Root, "tiny-sweep.yaml");
        File.WriteAllText(file, "name: tiny-sweep\ndata: tiny\nbase: { hedge.max_layers: 0 }\ngrid:\n  entry.every_days: [1, 2, 3]\n");
        string output = Path.Combine(tiny.Root, "sweeps", "tiny");
        var sweep = await VixShieldProcess.RunAsync("sweep", file, "--out", output, "--workers", "1");
        Assert.Equal(0, sweep.ExitCode);
        return (tiny, output);
    }

    private static Dictionary<string, byte[]> Pages(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public async Task A_sweep_leaves_its_report_and_rebuilding_it_gives_the_same_bytes()
    {
        var (tiny, output) = await SweptAsync();
        await using var _ = tiny;
        string report = Path.Combine(output, "report");
        var first = Pages(report);

        var again = await VixShieldProcess.RunAsync("report", output, "--details", "2");

        Assert.Equal(["index.html", "set-000000.html", "set-000001.html", "set-000002.html"], first.Keys.Order());
        Assert.Contains("\"sweepFile\": " + System.Text.Json.JsonSerializer.Serialize(Path.Combine(tiny.Root, "tiny-sweep.yaml")), File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(tiny.Root, "tiny-sweep.yaml")), File.ReadAllText(Path.Combine(output, "sweep.yaml")));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(Path.Combine(report, "index.html"), again.StandardOutput.Trim());
        Assert.Matches(@"^report of 3 sets: results read in \d+\.\d\d s, dataset loaded in \d+\.\d\d s; built in \d+\.\d\d s \(2 detail pages re-run with hedge-off twins\), written in \d+\.\d\d s; index\.html [\d,]+ KB$", again.StandardError.Trim());
        var second = Pages(report);
        // Two detail pages this time; the pages both runs wrote are the same bytes (the stamp is the sweep's finish time).
        Assert.Equal(["index.html", "set-000000.html", "set-000001.html"], second.Keys.Order());
        Assert.Equal(first["set-000000.html"], second["set-000000.html"]);
        Assert.Equal(first["set-000001.html"], second["set-000001.html"]);
        var third = await VixShieldProcess.RunAsync("report", output, "--details", "2");
        Assert.Equal(0, third.ExitCode);
        Assert.Equal(second["index.html"], Pages(report)["index.html"]);
        Assert.Empty(Directory.GetDirectories(output, ".report*"));
    }

    [Fact]
    public async Task The_index_lists_every_finished_sweep_under_a_folder()
    {
        var (tiny, output) = await SweptAsync();
        await using var _ = tiny;
        string root = Path.Combine(tiny.Root, "sweeps");

        var run = await VixShieldProcess.RunAsync("report", "--index", root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 sweep indexed", run.StandardError.Trim());
        string html = File.ReadAllText(Path.Combine(root, "index.html"));
        Assert.Contains("href=\"tiny/report/index.html\"", html);
        Assert.Contains("tiny-sweep", html);
    }

    [Fact]
    public async Task A_bad_sweep_folder_is_one_line_and_exit_one()
    {
        var (tiny, output) = await SweptAsync();
        await using var _ = tiny;
        string runJson = Path.Combine(output, "run.json");

        File.WriteAllText(runJson, "{ \"sweepId\": 3");
        var corrupt = await VixShieldProcess.RunAsync("report", output);
        File.Delete(runJson);
        var noRun = await VixShieldProcess.RunAsync("report", output);
        var missing = await VixShieldProcess.RunAsync("report", Path.Combine(tiny.Root, "nowhere"));
        var neither = await VixShieldProcess.RunAsync("report");

        Assert.Equal(1, corrupt.ExitCode);
        Assert.StartsWith($"vixshield: {runJson}: not a valid run file at line 1: ", corrupt.StandardError);
        Assert.Single(corrupt.StandardError.Trim().Split('\n'));
        Assert.Equal((1, $"vixshield: {runJson}: not found (a finished sweep's folder has run.json beside results.parquet)"), (noRun.ExitCode, noRun.StandardError.Trim()));
        Assert.Equal((1, $"vixshield: {Path.Combine(tiny.Root, "nowhere")}: no such folder"), (missing.ExitCode, missing.StandardError.Trim()));
        Assert.Equal(2, neither.ExitCode);
        Assert.StartsWith("vixshield: give either SWEEP_OUT_DIR or --index ROOT", neither.StandardError);
    }

    [Fact]
    public async Task Missing_results_are_one_line_and_exit_one()
    {
        var (tiny, output) = await SweptAsync();
        await using var _ = tiny;
        string parquet = Path.Combine(output, "results.parquet");
        File.Delete(parquet);

        var run = await VixShieldProcess.RunAsync("report", output);

        Assert.Equal((1, $"vixshield: {parquet}: not found"), (run.ExitCode, run.StandardError.Trim()));
        // The report the sweep left is untouched.
        Assert.True(File.Exists(Path.Combine(output, "report", "index.html")));
    }
}
