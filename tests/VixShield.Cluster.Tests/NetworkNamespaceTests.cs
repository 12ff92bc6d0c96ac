namespace VixShield.Cluster.Tests;

/// <summary>
/// A coordinator and two workers on three "hosts" (network namespaces with their own addresses on a bridge, like pods
/// on a node): they form a cluster over real interfaces and run the sweep; one worker's link is cut mid-sweep, and the
/// sweep still finishes with the embedded results.
/// </summary>
public sealed class NetworkNamespaceTests(ClusterDataset dataset)
{
    private static readonly TimeSpan SweepBound = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Three_hosts_run_the_sweep_and_a_worker_whose_link_is_cut_mid_sweep_loses_nothing()
    {
        if (TestNetwork.UnavailableReason is { } reason)
            Assert.Skip(reason);
        await using var network = await TestNetwork.CreateAsync(hosts: 3);
        string folder = dataset.NewFolder();
        await using var cluster = await GridCluster.StartAsync(folder, $"sqlite:{Path.Combine(folder, "journal.db")}", dataset.Root,
            [network.Site(0)], [network.Site(1), network.Site(2)], NodeExtras.None);
        var cut = cluster.Workers[1];

        using var api = new GridApi(cluster.Coordinator.Http);
        string id = await api.SubmitAsync(dataset.SweepText);
        var midway = await api.WaitAsync(id, s => GridApi.SetsDone(s) > 0, SweepBound);
        Assert.True(GridApi.SetsDone(midway) < GridApi.TotalSets(midway), "the sweep finished before a link could be cut");
        foreach (var worker in cluster.Workers)
            Assert.Contains($"Worker akka.tcp://vixshield@{worker.Site.Remoting}/user/worker joined", cluster.Coordinator.Output);
        await network.CutAsync(2);
        var done = await api.WaitAsync(id, s => GridApi.Phase(s) != "running", SweepBound);

        Assert.True(GridApi.Phase(done) == "completed", $"{done}\n{cluster.Logs}");
        Assert.Contains($"Worker akka.tcp://vixshield@{cut.Site.Remoting}/user/worker left the cluster", cluster.Coordinator.Output);
        Assert.Equal(GridApi.TotalSets(done), GridApi.SetsDone(done));
        Assert.Equal(dataset.EmbeddedCsv, await api.ResultsCsvAsync(id));
        // On its own side of the cut the worker is the minority: the split-brain resolver downs it, and it exits 3 to be restarted.
        Assert.Equal(3, await cut.WaitForExitAsync(TimeSpan.FromSeconds(60)));
    }
}
