using System.Diagnostics;
using VixShield.Data.Synthetic;

[assembly: AssemblyFixture(typeof(VixShield.Cluster.Tests.ClusterDataset))]
[assembly: CollectionBehavior(DisableTestParallelization = true)] // each test is a cluster of processes on 2 cores

namespace VixShield.Cluster.Tests;

/// <summary>
/// Four years of the synthetic market, a sweep over it, and that sweep's results from the embedded runner
/// (<c>vixshield sweep</c>, the real executable): what every multi-process run must reproduce byte for byte.
/// </summary>
public sealed class ClusterDataset : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "vixshield-cluster-tests", Guid.NewGuid().ToString("n"));

    public string SweepPath => Path.Combine(Root, "sweep.yaml");

    /// <summary>6,480 sets of four-year backtests: seconds of work for two workers, long enough to kill a node mid-sweep.</summary>
    public string SweepText { get; } = """
        name: cluster-test
        data: data
        capital: 1000000
        grid:
          hedge.increment: [0.20, 0.25, 0.30]
          entry.wing_width: [25, 50, 75, 100]
          entry.short_delta: { from: 0.08, to: 0.24, step: 0.02 }
          entry.every_days: { from: 1, to: 10, step: 1 }
          exit.profit_target: [0.5, 0.75]
          hedge.term_ratio: [0.9, 1.0, 1.1]
        rank_by: irr
        """;

    /// <summary>results.csv of the embedded run.</summary>
    public string EmbeddedCsv { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var options = new SyntheticMarketOptions { Start = new DateOnly(2017, 1, 1), End = new DateOnly(2020, 12, 31), Seed = 5 };
        await SyntheticMarketGenerator.GenerateAsync(options, Path.Combine(Root, "data"));
        await File.WriteAllTextAsync(SweepPath, SweepText);

        string output = Path.Combine(Root, "embedded");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "vixshield.dll"), "sweep", SweepPath, "--out", output })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"the embedded sweep failed ({process.ExitCode}): {await stderr}");
        EmbeddedCsv = await File.ReadAllTextAsync(Path.Combine(output, "results.csv"));
    }

    /// <summary>A fresh folder for one test's nodes (working folders, SQLite journals).</summary>
    public string NewFolder()
    {
        string folder = Path.Combine(Root, Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
