using VixShield.Testing;

namespace VixShield.Cluster.Tests;

/// <summary>
/// A coordinator and worker nodes as separate processes on loopback with fresh ports. Seeds are the coordinator and the
/// first worker, the same list on every node, so that a restarted coordinator joins the surviving cluster through the
/// worker instead of forming a second one.
/// </summary>
internal sealed class GridCluster : IAsyncDisposable
{
    public static readonly TimeSpan ReadyBound = TimeSpan.FromSeconds(90);

    private readonly string _folder;
    private readonly string _journal;
    private readonly string _dataRoot;
    private readonly int _coordinatorPort = FreeTcpPort.Next();
    private readonly int _coordinatorHttp = FreeTcpPort.Next();
    private readonly List<NodeProcess> _nodes = [];
    private readonly List<int> _workerPorts = [];

    private GridCluster(string folder, string journal, string dataRoot)
    {
        _folder = folder;
        _journal = journal;
        _dataRoot = dataRoot;
    }

    public NodeProcess Coordinator { get; private set; } = null!;

    public IReadOnlyList<NodeProcess> Workers => _nodes.Where(n => n.Name.StartsWith("worker", StringComparison.Ordinal)).ToArray();

    /// <summary>Starts the coordinator and <paramref name="workers"/> worker processes (one slot each) and waits until all are ready.</summary>
    public static async Task<GridCluster> StartAsync(string folder, string journal, string dataRoot, int workers)
    {
        var cluster = new GridCluster(folder, journal, dataRoot);
        for (int w = 0; w < workers; w++)
            cluster._workerPorts.Add(FreeTcpPort.Next());
        try
        {
            cluster.StartCoordinator();
            await cluster.Coordinator.WaitReadyAsync(ReadyBound);
            for (int w = 0; w < workers; w++)
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

    /// <summary>Starts the coordinator again on the same port and journal (after a kill), and waits until it answers.</summary>
    public async Task RestartCoordinatorAsync()
    {
        StartCoordinator();
        await Coordinator.WaitReadyAsync(ReadyBound);
    }

    /// <summary>Every node's output, for a failing test's message.</summary>
    public string Logs => string.Join("\n", _nodes.Select(n => $"===== {n.Name} =====\n{n.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
            await node.DisposeAsync();
    }

    private string[] Seeds() => ["--seed", $"127.0.0.1:{_coordinatorPort}", "--seed", $"127.0.0.1:{_workerPorts.FirstOrDefault(_coordinatorPort)}"];

    private void StartCoordinator()
    {
        Coordinator = NodeProcess.Start($"coordinator#{_nodes.Count(n => n.Name.StartsWith("coordinator", StringComparison.Ordinal)) + 1}",
            _folder, _coordinatorPort, _coordinatorHttp,
            ["--role", "coordinator", .. Seeds(), "--journal", _journal, "--data-root", _dataRoot]);
        _nodes.Add(Coordinator);
    }

    private void StartWorker(int index) =>
        _nodes.Add(NodeProcess.Start($"worker-{index + 1}", _folder, _workerPorts[index], FreeTcpPort.Next(),
            ["--role", "worker", .. Seeds(), "--workers", "1"]));
}
