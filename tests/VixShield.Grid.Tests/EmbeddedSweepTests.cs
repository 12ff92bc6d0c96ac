using VixShield.Grid.Coordinator;
using VixShield.Grid.Embedded;
using VixShield.Grid.Results;

namespace VixShield.Grid.Tests;

/// <summary>The embedded runner end to end on the dataset fixture: results files, independence from the worker count, resume.</summary>
public sealed class EmbeddedSweepTests(GridDataset dataset)
{
    private async Task<(EmbeddedSweepOutcome Outcome, string Csv)> RunAsync(string folder, int workers)
    {
        var options = new EmbeddedSweepOptions(dataset.SweepPath, folder, workers, TimeSpan.FromMilliseconds(20));
        var outcome = await EmbeddedSweep.RunAsync(options, cancel: TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(SweepPhase.Completed, outcome.Status.Phase);
        await SweepResultFiles.WriteAsync(folder, new SweepResultTable(outcome.Sweep, outcome.Results));
        return (outcome, await File.ReadAllTextAsync(Path.Combine(folder, SweepResultFiles.CsvName)));
    }

    [Fact]
    public async Task One_or_two_workers_write_byte_identical_results_with_a_row_per_set_and_errors_for_failed_sets()
    {
        string one = dataset.NewFolder(), two = dataset.NewFolder();
        var (first, csv1) = await RunAsync(one, 1);
        var (_, csv2) = await RunAsync(two, 2);

        Assert.Equal(csv1, csv2);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(one, SweepResultFiles.ParquetName)), await File.ReadAllBytesAsync(Path.Combine(two, SweepResultFiles.ParquetName)));
        string[] lines = csv1.TrimEnd('\n').Split('\n');
        Assert.Equal(
            "set_index,entry.dte_min,entry.dte_max,entry.every_days,irr,cagr,max_drawdown,max_dd_days,sharpe,sortino,calmar,win_rate," +
            "profit_factor,avg_trade,worst_trade,cvar_95,hedge_cost_share,trades,hedge_layers,final_equity,error", lines[0]);
        Assert.Equal(9, lines.Length);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => i.ToString()), lines.Skip(1).Select(l => l.Split(',')[0]));
        // Sets 4 and 5 (dte_min 50, dte_max 40) break a cross-parameter rule: no metrics, an error.
        Assert.StartsWith("4,50,40,1,,,,", lines[5]);
        Assert.Contains("entry.dte_min", lines[5].Split(',', 21)[20]);
        Assert.EndsWith(",", lines[1]);
        Assert.Equal(0, first.SetsAtStart);
        Assert.Empty(Directory.GetFiles(one, "*.tmp-*"));
    }

    [Fact]
    public async Task A_second_run_of_a_finished_sweep_reads_everything_from_the_journal()
    {
        string folder = dataset.NewFolder();
        var (_, before) = await RunAsync(folder, 2);
        var (again, after) = await RunAsync(folder, 1);

        Assert.Equal(8, again.SetsAtStart);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_sweep_id_follows_the_file_text()
    {
        var a = Sweeps.SweepFile.Parse(dataset.SweepText, dataset.SweepPath);
        var b = Sweeps.SweepFile.Parse(dataset.SweepText + "\nseed: 2\n", dataset.SweepPath);

        Assert.Equal(SweepIdentity.Of(a), SweepIdentity.Of(Sweeps.SweepFile.Parse(dataset.SweepText, dataset.SweepPath)));
        Assert.NotEqual(SweepIdentity.Of(a), SweepIdentity.Of(b));
        Assert.StartsWith("grid-test-", SweepIdentity.Of(a));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_dataset_other_than_the_default_is_one_clear_error()
    {
        string folder = dataset.NewFolder();
        string sweep = Path.Combine(folder, "s.yaml");
        await File.WriteAllTextAsync(sweep, "name: x\ndata: nowhere\n", TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<Data.Format.DatasetException>(() => EmbeddedSweep.RunAsync(new EmbeddedSweepOptions(sweep, folder, 1)));
        Assert.Contains("no such dataset folder", e.Message);
        Assert.True(DefaultDataset.IsDefault("/x/data/default"));
        Assert.False(DefaultDataset.IsDefault("/x/data/other"));
    }
}
