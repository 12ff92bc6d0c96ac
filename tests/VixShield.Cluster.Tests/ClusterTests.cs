namespace VixShield.Cluster.Tests;

/// <summary>
/// A coordinator and two worker processes on loopback run the fixture's sweep and return the embedded run's results
/// byte for byte: with a worker killed mid-sweep or stopped with SIGTERM, and with the coordinator killed and restarted
/// on its SQLite journal. (The undisturbed three-process run is <see cref="TlsClusterTests"/>, over TLS: one sweep less
/// keeps this project within its CI time.)
/// </summary>
public sealed class ClusterTests(ClusterDataset dataset)
{
    private static readonly TimeSpan SweepBound = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_worker_killed_mid_sweep_loses_no_set_and_counts_none_twice()
    {
        await using var cluster = await StartAsync();
        using var api = new GridApi(cluster.Coordinator.Http);

        string id = await api.SubmitAsync(dataset.SweepText);
        var midway = await api.WaitAsync(id, s => GridApi.SetsDone(s) > 0, SweepBound);
        Assert.True(GridApi.SetsDone(midway) < GridApi.TotalSets(midway), "the sweep finished before a worker could be killed");
        cluster.Workers[1].Kill();
        var done = await api.WaitAsync(id, s => GridApi.Phase(s) != "running", SweepBound);

        Assert.True(GridApi.Phase(done) == "completed", $"{done}\n{cluster.Logs}");
        Assert.Contains("left the cluster", cluster.Coordinator.Output);
        Assert.Equal(GridApi.TotalSets(done), GridApi.SetsDone(done));
        Assert.Equal(dataset.EmbeddedCsv, await api.ResultsCsvAsync(id));
    }

    [Fact]
    public async Task A_worker_stopped_with_sigterm_mid_sweep_hands_its_unit_back_and_exits_cleanly()
    {
        await using var cluster = await StartAsync();
        using var api = new GridApi(cluster.Coordinator.Http);

        string id = await api.SubmitAsync(dataset.SweepText);
        var midway = await api.WaitAsync(id, s => GridApi.SetsDone(s) > 0, SweepBound);
        Assert.True(GridApi.SetsDone(midway) < GridApi.TotalSets(midway), "the sweep finished before a worker could be stopped");
        var leaving = cluster.Workers[1];
        leaving.Terminate();
        Assert.Equal(0, await leaving.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var done = await api.WaitAsync(id, s => GridApi.Phase(s) != "running", SweepBound);

        Assert.True(GridApi.Phase(done) == "completed", $"{done}\n{cluster.Logs}");
        // Handed back, not lost: no attempt of any unit failed.
        Assert.DoesNotContain("failed attempt", cluster.Coordinator.Output);
        Assert.Equal(dataset.EmbeddedCsv, await api.ResultsCsvAsync(id));
    }

    [Fact]
    public async Task The_coordinator_killed_mid_sweep_recovers_from_its_sqlite_journal_and_finishes()
    {
        string folder = dataset.NewFolder();
        await using var cluster = await StartAsync(folder, $"sqlite:{Path.Combine(folder, "journal.db")}");
        await CoordinatorCrashAsync(cluster, dataset);
    }

    /// <summary>Submits, kills the coordinator once sets are done, starts it again, and checks the finished sweep against the embedded run.</summary>
    internal static async Task CoordinatorCrashAsync(GridCluster cluster, ClusterDataset dataset)
    {
        string id;
        using (var api = new GridApi(cluster.Coordinator.Http))
        {
            id = await api.SubmitAsync(dataset.SweepText);
            var midway = await api.WaitAsync(id, s => GridApi.SetsDone(s) > 0, SweepBound);
            Assert.True(GridApi.SetsDone(midway) < GridApi.TotalSets(midway), "the sweep finished before the coordinator could be killed");
        }

        cluster.Coordinator.Kill();
        await cluster.RestartCoordinatorAsync();
        using var again = new GridApi(cluster.Coordinator.Http);
        var done = await again.WaitAsync(id, s => GridApi.Phase(s) != "running", SweepBound);

        Assert.True(GridApi.Phase(done) == "completed", $"{done}\n{cluster.Logs}");
        Assert.Contains("Coordinator recovered 1 sweep(s)", cluster.Coordinator.Output);
        Assert.Equal(GridApi.TotalSets(done), GridApi.SetsDone(done));
        Assert.Equal(dataset.EmbeddedCsv, await again.ResultsCsvAsync(id));
    }

    private Task<GridCluster> StartAsync()
    {
        string folder = dataset.NewFolder();
        return StartAsync(folder, $"sqlite:{Path.Combine(folder, "journal.db")}");
    }

    private Task<GridCluster> StartAsync(string folder, string journal) => GridCluster.StartAsync(folder, journal, dataset.Root, workers: 2);
}
