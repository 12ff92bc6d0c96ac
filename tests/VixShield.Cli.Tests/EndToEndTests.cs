using System.Text.Json;

namespace VixShield.Cli.Tests;

/// <summary>The real executable from generated data to a backtest: the layers meet where a user meets them.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vixshield-cli-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task A_generated_market_backtests_with_the_hedge_on_and_reruns_bit_for_bit()
    {
        string dataset = Path.Combine(_root, "market");
        var generate = await VixShieldProcess.RunAsync("data", "generate", "--out", dataset, "--start", "2020-01-02", "--end", "2020-12-31", "--seed", "7");
        Assert.Equal(0, generate.ExitCode);

        string hedges = Path.Combine(_root, "hedges.csv");
        var first = await VixShieldProcess.RunAsync("backtest", "--data", dataset, "--json", "--hedges", hedges, "--set", "hedge.term_ratio=0.9");
        var second = await VixShieldProcess.RunAsync("backtest", "--data", dataset, "--json", "--set", "hedge.term_ratio=0.9");

        Assert.Equal(0, first.ExitCode);
        using var json = JsonDocument.Parse(first.StandardOutput);
        var metrics = json.RootElement.GetProperty("metrics");
        Assert.InRange(metrics.GetProperty("trades").GetInt32(), 20, 80);          // a condor every 5 days, closed within ~25
        Assert.True(metrics.GetProperty("hedge_layers").GetInt32() > 0, "the hedge never traded");
        Assert.True(double.IsFinite(metrics.GetProperty("final_equity").GetDouble()));
        Assert.True(File.ReadLines(hedges).Skip(1).Any(line => line.Contains(",calls,")));
        // Same data, same parameters: the same numbers to the last digit (JSON prints doubles round-trippably).
        Assert.Equal(first.StandardOutput, second.StandardOutput);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
