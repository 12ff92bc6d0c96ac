namespace VixShield.Cluster.Tests;

/// <summary>
/// Coordinator and worker nodes as separate processes, on loopback with fresh ports unless the test places them
/// (network namespaces). Seeds are the coordinators and the first worker, the same list on every node, so that a
/// restarted coordinator joins the surviving cluster through the worker instead of forming a second one.
/// </summary>
internal sealed class GridCluster : IAsyncDisposable
{
    public static readonly TimeSpan ReadyBound = TimeSpan.FromSeconds(90);

    private readonly string _folder;
    private readonly string _journal;
    private readonly string _dataRoot;
    private readonly NodeExtras _extras;
    private readonly NodeSite[] _coordinatorSites;
    private readonly NodeSite[] _workerSites;
    private readonly NodeProcess?[] _coordinators;
    private readonly List<NodeProcess> _nodes = [];
    private int _coordinatorStarts;

    private GridCluster(string folder, string journal, string dataRoot, NodeExtras extras, NodeSite[] coordinatorSites, NodeSite[] workerSites)
    {
        _folder = folder;
        _journal = journal;
        _dataRoot = dataRoot;
        _extras = extras;
        _coordinatorSites = coordinatorSites;
        _workerSites = workerSites;
        _coordinators = new NodeProcess?[coordinatorSites.Length];
    }

    /// <summary>The first coordinator (the oldest node, where the singleton starts), or its restarted successor.</summary>
    public NodeProcess Coordinator => _coordinators[0]!;

    public IReadOnlyList<NodeProcess> Coordinators => _coordinators.Select(c => c!).ToArray();

    public IReadOnlyList<NodeProcess> Workers => _nodes.Where(n => n.Name.StartsWith("worker", StringComparison.Ordinal)).ToArray();

    /// <summary>Starts the coordinator and <paramref name="workers"/> worker processes (one slot each) on loopback and waits until all are ready.</summary>
    public static Task<GridCluster> StartAsync(string folder, string journal, string dataRoot, int workers, int coordinators = 1, NodeExtras? extras = null) =>
        StartAsync(folder, journal, dataRoot,
            Enumerable.Range(0, coordinators).Select(_ => NodeSite.Loopback()).ToArray(),
            Enumerable.Range(0, workers).Select(_ => NodeSite.Loopback()).ToArray(),
            extras ?? NodeExtras.None);

    /// <summary>Starts coordinators on <paramref name="coordinatorSites"/> one after the other (the first is the oldest), then the workers, and waits until all are ready.</summary>
    public static async Task<GridCluster> StartAsync(string folder, string journal, string dataRoot, NodeSite[] coordinatorSites, NodeSite[] workerSites, NodeExtras extras)
    {
        var cluster = new GridCluster(folder, journal, dataRoot, extras, coordinatorSites, workerSites);
        try
        {
            for (int c = 0; c < coordinatorSites.Length; c++)
            {
                cluster.StartCoordinator(c);
                await cluster._coordinators[c]!.WaitReadyAsync(ReadyBound);
            }

            for (int w = 0; w < workerSites.Length; w++)
                cluster.StartWorker(w);
            foreach (var worker in cluster.Workers)
                await worker.WaitReadyAsync(ReadyBound);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the first coordinator again on the same port and journal (after a kill), and waits until it answers.</summary>
    public async Task RestartCoordinatorAsync()
    {
        StartCoordinator(0);
        await Coordinator.WaitReadyAsync(ReadyBound);
    }

    /// <summary>
    /// Starts one more worker on loopback with the cluster's seeds but its own <paramref name="extras"/> instead of the
    /// cluster's (e.g. without the certificate); it is stopped with the cluster. Does not wait for it.
    /// </summary>
    public NodeProcess StartOutsider(string name, NodeExtras extras)
    {
        var node = NodeProcess.Start(name, _folder, NodeSite.Loopback(), extras, ["--role", "worker", .. Seeds(), "--workers", "1"]);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Every node's output, for a failing test's message.</summary>
    public string Logs => string.Join("\n", _nodes.Select(n => $"===== {n.Name} =====\n{n.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
            await node.DisposeAsync();
    }

    private IEnumerable<string> Seeds() =>
        _coordinatorSites.Concat(_workerSites.Take(1)).SelectMany(site => new[] { "--seed", site.Remoting });

    private void StartCoordinator(int index)
    {
        var node = NodeProcess.Start($"coordinator-{index + 1}#{++_coordinatorStarts}", _folder, _coordinatorSites[index], _extras,
            ["--role", "coordinator", .. Seeds(), "--journal", _journal, "--data-root", _dataRoot]);
        _coordinators[index] = node;
        _nodes.Add(node);
    }

    private void StartWorker(int index) =>
        _nodes.Add(NodeProcess.Start($"worker-{index + 1}", _folder, _workerSites[index], _extras, ["--role", "worker", .. Seeds(), "--workers", "1"]));
}
