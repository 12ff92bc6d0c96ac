using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Cli.Tests;

/// <summary>A two-snapshot dataset written through the real <see cref="DatasetWriter"/> into a temp folder.</summary>
internal sealed class TinyDataset : IAsyncDisposable
{
    private TinyDataset(string root) => Root = root;

    public string Root { get; }

    public string Directory => Path.Combine(Root, "tiny");

    public static async Task<TinyDataset> CreateAsync()
    {
        var dataset = new TinyDataset(Path.Combine(Path.GetTempPath(), "vixshield-cli-tests", Guid.NewGuid().ToString("n")));
        await using var writer = DatasetWriter.Create(dataset.Directory);
        await writer.WriteSeriesAsync(
        [
            new SeriesRow(20240102, 4745, 4755, 4720, 4742.5, 13.2, 14.8, 1200, 1700, 0.05),
            new SeriesRow(20240104, 4705, 4727, 4685, 4688.7, 14.0, 15.2, 1400, 1500, 0.05),
        ]);
        var rows = new List<SpxOptionRow>();
        foreach (int date in new[] { 20240102, 20240104 })
        {
            foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
            {
                foreach (double strike in new[] { 4700.0, 4750.0, 4800.0 })
                    rows.Add(new SpxOptionRow(date, 20240119, SettlementStyle.Am, strike, right, strike == 4800 ? 0 : 12.3, 12.8, 0.13, right == OptionRight.Call ? 0.4 : -0.4, 0.002, -150, 400, 4742.5, 10, 1));
            }
        }

        await writer.WriteSpxOptionsAsync(2024, rows);
        writer.Commit(new DatasetManifest { Name = "tiny", Source = new DatasetSource { Kind = "synthetic", Seed = 7 } });
        return dataset;
    }

    public ValueTask DisposeAsync()
    {
        if (System.IO.Directory.Exists(Root))
            System.IO.Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
