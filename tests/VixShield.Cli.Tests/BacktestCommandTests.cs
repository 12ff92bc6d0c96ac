using System.Text.Json;

namespace VixShield.Cli.Tests;

public class BacktestCommandTests
{
    [Fact]
    public async Task A_hedge_the_dataset_cannot_trade_is_refused_before_anything_runs()
    {
        await using var tiny = await TinyDataset.CreateAsync();

        var run = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: hedge.instrument: calls need VIX options, and dataset 'tiny' has none; use hedge.instrument=futures or hedge.max_layers=0", run.StandardError.Trim());
    }

    [Fact]
    public async Task A_misspelt_parameter_suggests_the_nearest_name()
    {
        await using var tiny = await TinyDataset.CreateAsync();

        var run = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory, "--set", "entry.wing_widht=75");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: entry.wing_widht: unknown parameter; did you mean entry.wing_width?", run.StandardError.Trim());
    }

    [Fact]
    public async Task A_bad_value_in_a_parameter_file_names_the_file_and_line()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        string file = Path.Combine(tiny.Root, "params.yaml");
        File.WriteAllText(file, "hedge:\n  max_layers: 0\nentry:\n  short_delta: 0.9\n");

        var run = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory, "--params", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: params.yaml line 4: entry.short_delta: 0.9 is outside its range 0.01..0.5", run.StandardError.Trim());
    }

    [Fact]
    public async Task Json_carries_every_metric_the_yearly_returns_and_the_parameters()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        string trades = Path.Combine(tiny.Root, "out", "trades.csv"), equity = Path.Combine(tiny.Root, "out", "equity.csv"), hedges = Path.Combine(tiny.Root, "out", "hedges.csv");

        var run = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory, "--set", "hedge.max_layers=0", "--capital", "250000",
            "--json", "--trades", trades, "--equity", equity, "--hedges", hedges);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StandardOutput);
        var metrics = json.RootElement.GetProperty("metrics");
        foreach (string name in new[] { "irr", "cagr", "max_drawdown", "max_dd_days", "sharpe", "sortino", "calmar", "win_rate", "profit_factor", "avg_trade", "worst_trade", "cvar_95", "hedge_cost_share", "trades", "final_equity" })
            Assert.True(metrics.TryGetProperty(name, out _), name);
        Assert.Equal(250000, metrics.GetProperty("final_equity").GetDouble());
        Assert.Equal(0, json.RootElement.GetProperty("yearly").GetProperty("2024").GetDouble());
        Assert.Equal("0", json.RootElement.GetProperty("parameters").GetProperty("hedge.max_layers").GetString());
        Assert.Equal("date,position_id,leg,instrument,expiration,strike,right,quantity,price,commission,reason", File.ReadLines(trades).First());
        Assert.Equal(["date,equity,drawdown", "2024-01-02,250000,0", "2024-01-04,250000,0"], File.ReadAllLines(equity));
        Assert.Equal(["layer_id,instrument,opened,closed,expiration,strike,contracts,entry_price,exit_price,premium,stress_target,profit_and_loss,close_reason"], File.ReadAllLines(hedges));
        Assert.Empty(Directory.GetFiles(Path.Combine(tiny.Root, "out"), "*.tmp-*"));
    }

    [Fact]
    public async Task From_and_to_trade_only_their_snapshots_and_an_empty_range_is_an_error()
    {
        await using var tiny = await TinyDataset.CreateAsync();

        var inRange = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory, "--set", "hedge.max_layers=0", "--from", "2024-01-03", "--json");
        var empty = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory, "--set", "hedge.max_layers=0", "--from", "2030-01-01");

        Assert.Equal(0, inRange.ExitCode);
        using var json = JsonDocument.Parse(inRange.StandardOutput);
        Assert.Equal(("2024-01-04", "2024-01-04"), (json.RootElement.GetProperty("from").GetString(), json.RootElement.GetProperty("to").GetString()));
        Assert.Equal(1, empty.ExitCode);
        Assert.Equal("vixshield: --from/--to: no snapshot of tiny (2024-01-02..2024-01-04) falls in the range", empty.StandardError.Trim());
    }

    [Fact]
    public async Task The_table_shows_the_metrics_and_a_row_per_year()
    {
        await using var tiny = await TinyDataset.CreateAsync();

        var run = await VixShieldProcess.RunAsync("backtest", "--data", tiny.Directory, "--set", "hedge.max_layers=0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("max drawdown", run.StandardOutput);
        Assert.Contains("2024     0.00%", run.StandardOutput);
    }
}
