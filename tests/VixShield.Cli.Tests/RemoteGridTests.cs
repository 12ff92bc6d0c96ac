using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VixShield.Cli.Tests;

/// <summary><c>vixshield submit</c> and <c>vixshield status</c> through the real executable, against a grid's HTTP API hosted in the test process.</summary>
public sealed class RemoteGridTests
{
    private const string TinySweep = "name: tiny-sweep\ndata: tiny\nbase: { hedge.max_layers: 0 }\ngrid:\n  entry.every_days: [1, 2, 3]\n";

    /// <summary>No VIXSHIELD_API_TOKEN from the machine running the tests.</summary>
    private static readonly Dictionary<string, string?> NoToken = new() { ["VIXSHIELD_API_TOKEN"] = null };

    private static string Write(TinyDataset tiny, string name, string text)
    {
        string path = Path.Combine(tiny.Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Submit_waits_for_the_sweep_and_fetches_its_results_and_status_shows_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var tiny = await TinyDataset.CreateAsync();
        await using var grid = await GridApiServer.StartAsync(tiny.Root);
        string file = Write(tiny, "tiny-sweep.yaml", TinySweep);
        string output = Path.Combine(tiny.Root, "out");

        var submit = await VixShieldProcess.RunAsync(NoToken, "submit", file, "--to", grid.Address, "--wait", "--out", output);

        Assert.True(submit.ExitCode == 0, submit.StandardError);
        string id = submit.StandardOutput.Split('\n')[0].Trim();
        Assert.StartsWith("tiny-sweep-", id);
        Assert.Contains("accepted: 3 sets", submit.StandardError);
        Assert.Contains("3/3 sets", submit.StandardError);
        Assert.Contains($"sweep {id} completed", submit.StandardError);
        using var http = new HttpClient { BaseAddress = new Uri(grid.Address) };
        Assert.Equal(await http.GetByteArrayAsync($"/sweeps/{id}/results", cancel), File.ReadAllBytes(Path.Combine(output, "results.csv")));
        Assert.Equal(await http.GetByteArrayAsync($"/sweeps/{id}/results?format=parquet", cancel), File.ReadAllBytes(Path.Combine(output, "results.parquet")));
        string[] lines = File.ReadAllText(Path.Combine(output, "results.csv")).TrimEnd('\n').Split('\n');
        Assert.StartsWith("set_index,entry.every_days,irr,", lines[0]);
        Assert.Equal(["0,1,", "1,2,", "2,3,"], lines.Skip(1).Select(l => l[..4]));
        Assert.Equal(["results.csv", "results.parquet", "run.json", "sweep.yaml"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(output, "sweep.yaml")));
        // The API cannot say how many nodes and cores ran the sets: run.json leaves them null.
        using (var run = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json"))))
        {
            Assert.Equal(id, run.RootElement.GetProperty("sweepId").GetString());
            Assert.Equal(file, run.RootElement.GetProperty("sweepFile").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, run.RootElement.GetProperty("nodes").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, run.RootElement.GetProperty("cores").ValueKind);
            Assert.InRange(run.RootElement.GetProperty("wallSeconds").GetDouble(), 0, 120);
        }

        // The dataset is on this machine too, so the report came with the results; the folder rebuilds it the same.
        string index = Path.Combine(output, "report", "index.html");
        Assert.Contains(index, submit.StandardOutput);
        byte[] page = File.ReadAllBytes(index);
        var report = await VixShieldProcess.RunAsync("report", output);
        Assert.True(report.ExitCode == 0, report.StandardError);
        Assert.Equal(page, File.ReadAllBytes(index));

        var again = await VixShieldProcess.RunAsync(NoToken, "submit", file, "--to", grid.Address);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(id, again.StandardOutput.Trim());
        Assert.Contains("already known: completed", again.StandardError);

        var table = await VixShieldProcess.RunAsync(NoToken, "status", "--to", grid.Address);
        Assert.Equal(0, table.ExitCode);
        string[] rows = table.StandardOutput.TrimEnd().Split('\n');
        Assert.Equal(["id", "name", "phase", "sets", "started", "finished"], rows[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal([id, "tiny-sweep", "completed", "3/3"], rows[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..4]);

        var one = await VixShieldProcess.RunAsync(NoToken, "status", id, "--to", grid.Address);
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("phase     completed", one.StandardOutput);
        Assert.Contains("sets      3/3 (100.0%)", one.StandardOutput);

        var unknown = await VixShieldProcess.RunAsync(NoToken, "status", "tiny-sweep-0000", "--to", grid.Address);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("vixshield: no sweep tiny-sweep-0000 on this grid", unknown.StandardError.Trim());
    }

    [Fact]
    public async Task A_bad_sweep_file_is_the_grids_one_line_and_exit_one()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        await using var grid = await GridApiServer.StartAsync(tiny.Root);
        string file = Write(tiny, "bad.yaml", "name: bad\ndata: tiny\ngrid:\n  entry.wing_widht: [25, 50]\n");

        var run = await VixShieldProcess.RunAsync(NoToken, "submit", file, "--to", grid.Address, "--wait");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("vixshield: <submitted>.yaml line 4: grid.entry.wing_widht: unknown parameter; did you mean entry.wing_width?", run.StandardError.Trim());
        Assert.Empty(run.StandardOutput);
    }

    [Fact]
    public async Task An_unreachable_grid_is_one_clear_line_and_exit_one()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        string file = Write(tiny, "tiny-sweep.yaml", TinySweep);
        // A port that was free a moment ago: nothing listens on it.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var submit = await VixShieldProcess.RunAsync(NoToken, "submit", file, "--to", $"http://127.0.0.1:{port}");
        var status = await VixShieldProcess.RunAsync(NoToken, "status", "--to", $"http://127.0.0.1:{port}");

        foreach (var run in new[] { submit, status })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"vixshield: cannot reach the grid at http://127.0.0.1:{port}/", run.StandardError);
            Assert.Single(run.StandardError.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized_and_the_right_one_from_the_environment_works()
    {
        await using var tiny = await TinyDataset.CreateAsync();
        await using var grid = await GridApiServer.StartAsync(tiny.Root, token: "right-token");
        string file = Write(tiny, "tiny-sweep.yaml", TinySweep);
        string wrong = Write(tiny, "wrong.token", "wrong-token\n");

        var submit = await VixShieldProcess.RunAsync(NoToken, "submit", file, "--to", grid.Address, "--token-file", wrong);
        var without = await VixShieldProcess.RunAsync(NoToken, "status", "--to", grid.Address);
        var right = await VixShieldProcess.RunAsync(new Dictionary<string, string?> { ["VIXSHIELD_API_TOKEN"] = "right-token" }, "status", "--to", grid.Address);

        Assert.Equal(1, submit.ExitCode);
        Assert.Equal("vixshield: unauthorized: the API token is wrong", submit.StandardError.Trim());
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("unauthorized", without.StandardError);
        Assert.Equal(0, right.ExitCode);
        Assert.StartsWith("no sweeps on ", right.StandardOutput);
    }

    [Fact]
    public async Task Ctrl_C_stops_waiting_with_130_and_leaves_the_sweep_running()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGINT with kill(1)");
        var cancel = TestContext.Current.CancellationToken;
        await using var tiny = await TinyDataset.CreateAsync();
        await using var grid = await GridApiServer.StartAsync(tiny.Root, worker: false);
        string file = Write(tiny, "tiny-sweep.yaml", TinySweep);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "vixshield.dll"), "submit", file, "--to", grid.Address, "--wait" })
            start.ArgumentList.Add(arg);
        start.Environment["VIXSHIELD_API_TOKEN"] = null;
        using var process = Process.Start(start)!;
        try
        {
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            bound.CancelAfter(TimeSpan.FromMinutes(1));
            // The id comes first on standard output: from then on it is waiting.
            string id = (await process.StandardOutput.ReadLineAsync(bound.Token))!;
            var stderr = process.StandardError.ReadToEndAsync(bound.Token);
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])!)
                await kill.WaitForExitAsync(bound.Token);
            await process.WaitForExitAsync(bound.Token);

            Assert.Equal(130, process.ExitCode);
            Assert.EndsWith("vixshield: cancelled", (await stderr).TrimEnd());
            Assert.Contains($"vixshield status {id}", await stderr);
            using var http = new HttpClient { BaseAddress = new Uri(grid.Address) };
            Assert.Contains("\"phase\":\"running\"", await http.GetStringAsync($"/sweeps/{id}", cancel));
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }
}
