using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace VixShield.Cluster.Tests;

/// <summary>
/// One <c>vixshield node</c> process started by a test, with its output kept in a log file for when a test fails.
/// Ended only by its own PID: <see cref="Kill"/> (SIGKILL, a crash) or <see cref="Terminate"/> (SIGTERM, a graceful stop).
/// </summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(string name, Process process, NodeSite site)
    {
        Name = name;
        _process = process;
        Site = site;
    }

    public string Name { get; }

    public NodeSite Site { get; }

    public int RemotingPort => Site.RemotingPort;

    public Uri Http => Site.Http;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>vixshield node</c> with <paramref name="args"/> and the site's addresses, through the site's launcher if it has one.</summary>
    public static NodeProcess Start(string name, string workingFolder, NodeSite site, NodeExtras extras, IEnumerable<string> args)
    {
        // ip netns exec replaces itself with the command it runs: the PID is still the node's own.
        var start = new ProcessStartInfo(site.Launcher.Count > 0 ? site.Launcher[0] : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingFolder,
        };
        foreach (string word in site.Launcher.Skip(1).Concat(site.Launcher.Count > 0 ? ["dotnet"] : []))
            start.ArgumentList.Add(word);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vixshield.dll"));
        start.ArgumentList.Add("node");
        foreach (string arg in args.Concat(extras.Args))
            start.ArgumentList.Add(arg);
        foreach (string arg in new[] { "--host", site.Host, "--port", site.RemotingPort.ToString(), "--http", $"{site.Host}:{site.HttpPort}" })
            start.ArgumentList.Add(arg);
        foreach (var (variable, value) in extras.Environment)
            start.Environment[variable] = value;
        var process = Process.Start(start)!;
        var node = new NodeProcess(name, process, site);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>What the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (joined the cluster; on a coordinator, the coordinator answers).</summary>
    public async Task WaitReadyAsync(TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            if (await IsReadyAsync())
                return;
            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} not ready within {bound.TotalSeconds} s:\n{Output}");
    }

    /// <summary>Whether <c>/health/ready</c> answers 200 right now.</summary>
    public async Task<bool> IsReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(Http, "/health/ready"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: the process dies at once, as in a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM: what Kubernetes and docker send before stopping a container.</summary>
    public void Terminate()
    {
        if (!_process.HasExited)
            _ = SendSignal(_process.Id, SigTerm);
    }

    /// <summary>The exit code, or -1 if the process still runs after <paramref name="bound"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return -1;
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.CompletedTask;
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
