using VixShield.Data.Synthetic;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

[assembly: AssemblyFixture(typeof(VixShield.Grid.Tests.Reports.ReportDataset))]

namespace VixShield.Grid.Tests.Reports;

/// <summary>
/// A little over two years of the synthetic market (long enough for two one-year walk-forward windows) and a 4-set
/// sweep over it, with every set run directly: what the report builder's tests re-run against, and what the worker's
/// per-set outputs (return blocks, walk-forward scores) are checked on. Generated once for the test run.
/// </summary>
public sealed class ReportDataset : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "vixshield-report-tests", Guid.NewGuid().ToString("n"));

    public string SweepPath => Path.Combine(Root, "report-sweep.yaml");

    public string SweepText { get; } = """
        name: report-test
        data: data
        capital: 1000000
        base: { entry.every_days: 3 }
        grid:
          entry.wing_width: [25, 50]
          hedge.increment: [0.2, 0.4]
        walk_forward: { in_sample_years: 1, out_of_sample_years: 1 }
        """;

    public SweepRun Run { get; private set; } = null!;

    public SetResult[] Results { get; private set; } = [];

    private readonly TapeCache _tapes = new();

    /// <summary>Another sweep file's text, as if beside <see cref="SweepPath"/>, on this dataset.</summary>
    public Task<SweepRun> PrepareAsync(string text) => SweepRun.PrepareAsync(Path.Combine(Root, "other-sweep.yaml"), text, _tapes);

    public async ValueTask InitializeAsync()
    {
        var options = new SyntheticMarketOptions { Start = new DateOnly(2019, 1, 2), End = new DateOnly(2021, 3, 31), Seed = 11 };
        await SyntheticMarketGenerator.GenerateAsync(options, Path.Combine(Root, "data"));
        await File.WriteAllTextAsync(SweepPath, SweepText);
        Run = await SweepRun.PrepareAsync(SweepPath, SweepText, _tapes);
        Results = Run.RunRange(0, Run.Sweep.Grid.Count);
    }

    public string NewFolder() => Path.Combine(Root, Guid.NewGuid().ToString("n"));

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
