using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VixShield.Cli.Benchmarks;

/// <summary>
/// A coordinator process and worker processes of this same executable on loopback, for benchmarks: fresh ports, a
/// journal in a temp folder, and every process ended by its own PID when disposed.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<Process> _processes = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("vixshield-bench-cluster-").FullName;

    private LocalCluster(Uri api) => Api = api;

    /// <summary>The coordinator's HTTP API.</summary>
    public Uri Api { get; }

    /// <summary>Starts a coordinator and <paramref name="workers"/> worker processes with <paramref name="slots"/> slots each, and waits until all are ready.</summary>
    public static async Task<LocalCluster> StartAsync(int workers, int slots, string dataRoot, CancellationToken cancel)
    {
        int coordinatorPort = FreePort(), firstWorkerPort = FreePort(), coordinatorHttp = FreePort();
        var cluster = new LocalCluster(new Uri($"http://127.0.0.1:{coordinatorHttp}"));
        try
        {
            string[] seeds = ["--seed", $"127.0.0.1:{coordinatorPort}", "--seed", $"127.0.0.1:{firstWorkerPort}"];
            var ready = new List<Uri> { cluster.Api };
            cluster.Start(["node", "--role", "coordinator", "--port", coordinatorPort.ToString(), "--http", $"127.0.0.1:{coordinatorHttp}",
                .. seeds, "--journal", $"sqlite:{Path.Combine(cluster._folder, "journal.db")}", "--data-root", dataRoot]);
            await WaitReadyAsync(cluster.Api, cancel);
            for (int w = 0; w < workers; w++)
            {
                int http = FreePort();
                cluster.Start(["node", "--role", "worker", "--port", (w == 0 ? firstWorkerPort : FreePort()).ToString(), "--http", $"127.0.0.1:{http}",
                    .. seeds, "--workers", slots.ToString()]);
                ready.Add(new Uri($"http://127.0.0.1:{http}"));
            }

            foreach (var node in ready)
                await WaitReadyAsync(node, cancel);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private void Start(string[] args)
    {
        // This executable again: the apphost, or `dotnet vixshield.dll` when run that way.
        string self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(LocalCluster).Assembly.Location);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--log-format");
        start.ArgumentList.Add("json");
        var process = Process.Start(start)!;
        // Drain the logs so that a full pipe never blocks a node.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static async Task WaitReadyAsync(Uri node, CancellationToken cancel)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            try
            {
                using var response = await http.GetAsync(new Uri(node, "/health/ready"), cancel);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancel);
        }

        throw new TimeoutException($"the node at {node} was not ready within 90 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
