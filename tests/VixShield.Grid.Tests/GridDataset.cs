using Microsoft.Data.Sqlite;
using VixShield.Core.Engine;
using VixShield.Data.Synthetic;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

[assembly: AssemblyFixture(typeof(VixShield.Grid.Tests.GridDataset))]

namespace VixShield.Grid.Tests;

/// <summary>A few months of the synthetic market written to a temp folder once for the whole test run, and a sweep over it.</summary>
public sealed class GridDataset : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "vixshield-grid-tests", Guid.NewGuid().ToString("n"));

    public string DataPath => Path.Combine(Root, "data");

    public string SweepPath => Path.Combine(Root, "sweep.yaml");

    /// <summary>8 sets; the two with entry.dte_min 50 above entry.dte_max 40 break a cross-parameter rule.</summary>
    public string SweepText { get; } = """
        name: grid-test
        data: data
        period: { from: 2019-12-02, to: 2020-03-31 }
        capital: 1000000
        grid:
          entry.dte_min: [20, 50]
          entry.dte_max: [40, 70]
          entry.every_days: [1, 3]
        """;

    public async ValueTask InitializeAsync()
    {
        var options = new SyntheticMarketOptions { Start = new DateOnly(2019, 10, 1), End = new DateOnly(2020, 3, 31), Seed = 3 };
        await SyntheticMarketGenerator.GenerateAsync(options, DataPath);
        await File.WriteAllTextAsync(SweepPath, SweepText);
    }

    /// <summary>Every set run directly with <see cref="Backtest.Run"/>, no actors involved.</summary>
    public async Task<SetResult[]> DirectResultsAsync()
    {
        var run = await SweepRun.PrepareAsync(SweepPath, SweepText, new TapeCache());
        return run.RunRange(0, run.Sweep.Grid.Count);
    }

    /// <summary>A fresh temp folder under <see cref="Root"/>.</summary>
    public string NewFolder()
    {
        string folder = Path.Combine(Root, Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
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
