namespace VixShield.Cli.Tests;

/// <summary><c>vixshield sweep</c> through the real executable: a bad file, and a tiny sweep run twice (the second resumes).</summary>
public sealed class SweepCommandTests
{
    [Fact]
    public async Task A_bad_sweep_file_is_one_line_and_exit_one()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        string file = Path.Combine(tiny.Root, "bad.yaml");
        File.WriteAllText(file, "name: bad\ndata: tiny\ngrid:\n  entry.wing_widht: [25, 50]\n");

        var run = await VixShieldProcess.RunAsync("sweep", file, "--out", Path.Combine(tiny.Root, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: bad.yaml line 4: grid.entry.wing_widht: unknown parameter; did you mean entry.wing_width?", run.StandardError.Trim());
        Assert.False(Directory.Exists(Path.Combine(tiny.Root, "out")));
    }

    [Fact]
    public async Task A_tiny_sweep_writes_its_results_and_a_rerun_resumes_to_the_same_files()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        string file = Path.Combine(tiny.Root, "tiny-sweep.yaml");
        File.WriteAllText(file, "name: tiny-sweep\ndata: tiny\nbase: { hedge.max_layers: 0 }\ngrid:\n  entry.every_days: [1, 2, 3]\n");
        string output = Path.Combine(tiny.Root, "out");

        var first = await VixShieldProcess.RunAsync("sweep", file, "--out", output, "--workers", "2");
        string csv = File.ReadAllText(Path.Combine(output, "results.csv"));
        var second = await VixShieldProcess.RunAsync("sweep", file, "--out", output, "--workers", "1");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("top 3 by irr", first.StandardOutput);
        string[] lines = csv.TrimEnd('\n').Split('\n');
        Assert.StartsWith("set_index,entry.every_days,irr,", lines[0]);
        Assert.Equal(["0,1,", "1,2,", "2,3,"], lines.Skip(1).Select(l => l[..4]));
        Assert.True(File.Exists(Path.Combine(output, "results.parquet")));
        Assert.True(File.Exists(Path.Combine(output, "journal.db")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 from the journal", second.StandardError);
        Assert.Equal(csv, File.ReadAllText(Path.Combine(output, "results.csv")));
    }
}
