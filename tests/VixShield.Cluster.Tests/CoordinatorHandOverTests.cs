namespace VixShield.Cluster.Tests;

/// <summary>
/// Two coordinator nodes sharing one SQLite journal file and two workers: SIGTERM to the oldest coordinator (the
/// singleton's host) mid-sweep hands the singleton over; the other coordinator recovers the sweep from the journal and
/// finishes it with the embedded results, and the stopped node exits 0.
/// </summary>
public sealed class CoordinatorHandOverTests(ClusterDataset dataset)
{
    private static readonly TimeSpan SweepBound = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task The_oldest_coordinator_stopped_with_sigterm_mid_sweep_hands_the_singleton_over_and_the_sweep_finishes()
    {
        string folder = dataset.NewFolder();
        await using var cluster = await GridCluster.StartAsync(folder, $"sqlite:{Path.Combine(folder, "journal.db")}", dataset.Root,
            workers: 2, coordinators: 2);
        var (oldest, successor) = (cluster.Coordinators[0], cluster.Coordinators[1]);
        Assert.Contains("Singleton manager started singleton actor", oldest.Output);

        string id;
        using (var api = new GridApi(oldest.Http))
        {
            id = await api.SubmitAsync(dataset.SweepText);
            var midway = await api.WaitAsync(id, s => GridApi.SetsDone(s) > 0, SweepBound);
            Assert.True(GridApi.SetsDone(midway) < GridApi.TotalSets(midway), "the sweep finished before the coordinator could be stopped");
        }

        Assert.DoesNotContain("Singleton manager started singleton actor", successor.Output);
        oldest.Terminate();
        int exit = await oldest.WaitForExitAsync(TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, $"{oldest.Name} exited {exit}\n{cluster.Logs}");
        using var again = new GridApi(successor.Http);
        var done = await again.WaitAsync(id, s => GridApi.Phase(s) != "running", SweepBound);

        Assert.True(GridApi.Phase(done) == "completed", $"{done}\n{cluster.Logs}");
        Assert.Contains("Singleton manager started singleton actor", successor.Output);
        Assert.Contains("Coordinator recovered 1 sweep(s)", successor.Output);
        Assert.Equal(GridApi.TotalSets(done), GridApi.SetsDone(done));
        Assert.Equal(dataset.EmbeddedCsv, await again.ResultsCsvAsync(id));
    }
}
