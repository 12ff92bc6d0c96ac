using VixShield.Testing;

namespace VixShield.Deploy.Tests;

/// <summary>
/// deploy/Dockerfile: lint-clean (npm dockerfile-utils), built as the deployments expect it (multi-stage SDK → ASP.NET
/// runtime, numeric non-root user, the vixshield entrypoint, nothing secret), with a HEALTHCHECK whose script really
/// answers: it is run here with bash against a live vixshield node.
/// </summary>
public sealed class ContainerImageTests(DeployFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Dockerfile_passes_dockerfile_utils_lint()
    {
        var lint = Assert.Single(fixture.RequireReport().Dockerfiles);
        Assert.True(lint.Problems.Count == 0, $"{lint.Source}:\n" + string.Join("\n", lint.Problems));
    }

    [Fact]
    public void Dockerfile_builds_the_cli_on_the_sdk_and_runs_it_on_the_aspnet_runtime_as_a_numeric_user()
    {
        var dockerfile = DockerfileText.Load(Repository.Dockerfile);
        var stages = dockerfile.All("FROM").Select(f => f.Arguments).ToList();
        Assert.Equal(2, stages.Count);
        Assert.Matches(@"dotnet/sdk:\$\{DOTNET_VERSION\} AS build$", stages[0]);
        Assert.Matches(@"dotnet/aspnet:\$\{DOTNET_VERSION\}$", stages[1]);
        Assert.Contains(dockerfile.All("ARG"), a => a.Arguments == "DOTNET_VERSION=10.0");
        Assert.Contains(dockerfile.All("RUN"), r => r.Arguments.StartsWith("dotnet publish src/VixShield.Cli/VixShield.Cli.csproj -c Release", StringComparison.Ordinal));

        var runtime = dockerfile.Instructions.SkipWhile(i => i.Keyword != "FROM").Skip(1).SkipWhile(i => i.Keyword != "FROM").ToList();
        string user = Assert.Single(runtime, i => i.Keyword == "USER").Arguments;
        Assert.Matches(@"^[1-9][0-9]*(:[0-9]+)?$", user);
        Assert.Equal(["dotnet", "/app/vixshield.dll"], Assert.Single(runtime, i => i.Keyword == "ENTRYPOINT").ExecForm());
        Assert.Equal(["node"], Assert.Single(runtime, i => i.Keyword == "CMD").ExecForm());
        Assert.Contains(runtime, i => i.Keyword == "COPY" && i.Arguments == "--from=build /app ./");

        // Nothing secret is baked in: no ENV or ARG that names a password, token or key.
        var names = dockerfile.Environment().Keys.Concat(dockerfile.All("ARG").Select(a => a.Arguments.Split('=')[0])).ToList();
        Assert.DoesNotContain(names, n => new[] { "PASSWORD", "TOKEN", "SECRET", "KEY" }.Any(s => n.Contains(s, StringComparison.OrdinalIgnoreCase)));
        // Kestrel would otherwise warn on every start that --http overrides the base image's ASPNETCORE_HTTP_PORTS.
        Assert.Equal("", dockerfile.Environment()["ASPNETCORE_HTTP_PORTS"]);
    }

    [Fact]
    public void The_build_context_is_an_allow_list_that_leaves_secrets_and_data_out()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Repository.Deploy, "Dockerfile.dockerignore"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal("*", lines[0]);
        Assert.Equal(["!Directory.Build.props", "!Directory.Packages.props", "!deploy/health-check.sh", "!src/"],
            lines.Where(l => l.StartsWith('!')).Order(StringComparer.Ordinal));
        // Every COPY from the context is allowed in.
        var dockerfile = DockerfileText.Load(Repository.Dockerfile);
        foreach (var copy in dockerfile.All("COPY").Where(c => !c.Arguments.StartsWith("--from", StringComparison.Ordinal)))
        {
            string[] parts = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (string source in parts[..^1])
                Assert.True(lines.Any(l => l.StartsWith('!') && (source == l[1..] || source.StartsWith(l[1..].TrimEnd('/') + "/", StringComparison.Ordinal))), $"COPY {source} is not in the build context");
        }

        string gitignore = File.ReadAllText(Path.Combine(Repository.Root, ".gitignore"));
        Assert.Contains("/deploy/.env", gitignore);
        Assert.Contains("/deploy/secrets/", gitignore);
    }

    [Fact]
    public async Task The_health_check_script_answers_for_a_live_node_and_fails_for_a_dead_one()
    {
        Assert.True(Tools.Find("bash") is not null, "bash is not on PATH");
        var dockerfile = DockerfileText.Load(Repository.Dockerfile);
        var check = Assert.Single(dockerfile.All("HEALTHCHECK"));
        Assert.Contains(" CMD [", check.Arguments);
        Assert.Equal(["bash", "/app/health-check.sh", "/health/live"], check.ExecForm());
        Assert.Contains(dockerfile.All("COPY"), c => c.Arguments == "deploy/health-check.sh /app/health-check.sh");
        string script = Path.Combine(Repository.Deploy, "health-check.sh");
        // The compose file's coordinator checks readiness with the same script.
        Assert.Contains("[\"CMD\", \"bash\", \"/app/health-check.sh\", \"/health/ready\"]", await File.ReadAllTextAsync(Repository.Compose, TestContext.Current.CancellationToken));

        int remoting = FreeTcpPort.Next(), http = FreeTcpPort.Next();
        var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "vixshield.dll"), "node", "--role", "worker", "--host", "127.0.0.1",
                "--port", remoting.ToString(), "--seed", $"127.0.0.1:{remoting}", "--http", $"127.0.0.1:{http}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        })!;
        node.OutputDataReceived += (_, _) => { };
        node.ErrorDataReceived += (_, _) => { };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        try
        {
            // As in the image: VIXSHIELD_HTTP says where the node listens; an any-address host is asked over loopback.
            var environment = new Dictionary<string, string?> { ["VIXSHIELD_HTTP"] = $"0.0.0.0:{http}" };
            ProcessResult? live = null;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(30) && !node.HasExited)
            {
                live = await ProcessRun.RunAsync("bash", [script, "/health/live"], TimeSpan.FromSeconds(10), environment: environment);
                if (live.Succeeded)
                    break;
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }

            Assert.True(live?.Succeeded == true, $"the health check never passed against a live node:\n{live}");
            output.WriteLine($"live after {clock.Elapsed.TotalSeconds:F1} s");
            var ready = await ProcessRun.RunAsync("bash", [script, "/health/ready"], TimeSpan.FromSeconds(10), environment: environment);
            for (int i = 0; i < 50 && !ready.Succeeded; i++)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
                ready = await ProcessRun.RunAsync("bash", [script, "/health/ready"], TimeSpan.FromSeconds(10), environment: environment);
            }

            Assert.True(ready.Succeeded, $"readiness never passed:\n{ready}");
            var missing = await ProcessRun.RunAsync("bash", [script, "/no/such/endpoint"], TimeSpan.FromSeconds(10), environment: environment);
            Assert.False(missing.Succeeded, "a 404 must fail the check");
        }
        finally
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var dead = await ProcessRun.RunAsync("bash", [script], TimeSpan.FromSeconds(10),
            environment: new Dictionary<string, string?> { ["VIXSHIELD_HTTP"] = $"127.0.0.1:{http}" });
        Assert.False(dead.Succeeded, $"the check passed with nothing listening:\n{dead}");
    }
}
