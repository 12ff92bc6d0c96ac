using System.Text.Json;

namespace VixShield.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_exits_zero()
    {
        var run = await VixShieldProcess.RunAsync("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("data", run.StandardOutput);
        Assert.Contains("bench", run.StandardOutput);
    }

    [Theory]
    [InlineData("data", "inspect")]
    [InlineData("data", "inspect", "x", "--from", "2020-13-01")]
    [InlineData("no-such-command")]
    [InlineData("data", "inspect", "x", "--bogus")]
    public async Task Usage_errors_exit_two_without_a_stack_trace(params string[] args)
    {
        var run = await VixShieldProcess.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("vixshield: ", run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError);
    }

    [Fact]
    public async Task A_missing_dataset_is_one_line_and_exit_one()
    {
        var run = await VixShieldProcess.RunAsync("data", "inspect", "/nonexistent/vixshield-dataset");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: /nonexistent/vixshield-dataset: no such dataset folder", run.StandardError.Trim());
    }

    [Fact]
    public async Task Inspect_reports_the_dataset_as_json()
    {
        await using var tiny = await TinyDataset.CreateAsync();

        var run = await VixShieldProcess.RunAsync("data", "inspect", tiny.Directory, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("2024-01-02", root.GetProperty("first_date").GetString());
        Assert.Equal("2024-01-04", root.GetProperty("last_date").GetString());
        Assert.Equal(2, root.GetProperty("snapshots").GetInt32());
        Assert.Equal(12, root.GetProperty("spx_option_rows").GetInt64());
        Assert.Equal(3, root.GetProperty("strikes_per_expiration").GetProperty("max").GetInt32());
        Assert.Equal(4, root.GetProperty("quality").GetProperty("zero_bid_quotes").GetInt64()); // strike 4800, both rights, both days
        Assert.Equal(["2024-01-03"], root.GetProperty("missing_weekdays").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("synthetic (seed 7)", root.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Inspect_prints_a_readable_table()
    {
        await using var tiny = await TinyDataset.CreateAsync();

        var run = await VixShieldProcess.RunAsync("data", "inspect", tiny.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024-01-02 .. 2024-01-04  (2 snapshots)", run.StandardOutput);
        Assert.Contains("missing weekdays   1  (2024-01-03)", run.StandardOutput);
    }
}
