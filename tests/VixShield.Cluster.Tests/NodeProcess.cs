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

    private NodeProcess(string name, Process process, int remotingPort, int httpPort)
    {
        Name = name;
        _process = process;
        RemotingPort = remotingPort;
        HttpPort = httpPort;
    }

    public string Name { get; }

    public int RemotingPort { get; }

    public int HttpPort { get; }

    public Uri Http => new($"http://127.0.0.1:{HttpPort}");

    public bool HasExited => _process.HasExited;

    public static NodeProcess Start(string name, string workingFolder, int remotingPort, int httpPort, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingFolder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vixshield.dll"));
        start.ArgumentList.Add("node");
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--host");
        start.ArgumentList.Add("127.0.0.1");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(remotingPort.ToString());
        start.ArgumentList.Add("--http");
        start.ArgumentList.Add($"127.0.0.1:{httpPort}");
        var process = Process.Start(start)!;
        var node = new NodeProcess(name, process, remotingPort, httpPort);
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
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await client.GetAsync(new Uri(Http, "/health/ready"));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} not ready within {bound.TotalSeconds} s:\n{Output}");
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

    public async Task<int> WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        await _process.WaitForExitAsync(timeout.Token);
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
