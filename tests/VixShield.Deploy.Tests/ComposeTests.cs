using System.Text.Json;

namespace VixShield.Deploy.Tests;

/// <summary>
/// deploy/compose.yaml: valid against the Compose specification's schema, and shaped as deploy/README.md promises:
/// PostgreSQL with a password from deploy/.env, one coordinator with the API on the host's loopback, workers that
/// scale, read-only market data, health checks and depends_on conditions.
/// </summary>
public sealed class ComposeTests(DeployFixture fixture)
{
    [Fact]
    public void Compose_file_validates_against_the_compose_specification()
    {
        var compose = Assert.Single(fixture.RequireReport().Compose);
        Assert.True(compose.Errors.Count == 0, $"{compose.Source}:\n" + string.Join("\n", compose.Errors));
        Assert.Equal(["coordinator", "postgres", "worker"], Services().Select(s => s.Name).Order());
    }

    [Fact]
    public void Workers_scale_without_fixed_names_or_ports_and_advertise_their_own_address()
    {
        var worker = Service("worker");
        foreach (string fixedThing in new[] { "container_name", "hostname", "ports" })
            Assert.False(worker.TryGetProperty(fixedThing, out _), $"a worker with {fixedThing} cannot be scaled");
        Assert.Equal(2, worker.GetProperty("deploy").GetProperty("replicas").GetInt32());
        string entrypoint = string.Join(' ', worker.GetProperty("entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("export VIXSHIELD_PUBLIC_HOST=", entrypoint);
        // $$ is Compose's escape for a literal $: the shell sees "$@", the arguments after the wrapper's $0.
        Assert.EndsWith("exec dotnet /app/vixshield.dll \"$$@\" vixshield", entrypoint);
        Assert.Equal("service_healthy", worker.GetProperty("depends_on").GetProperty("coordinator").GetProperty("condition").GetString());
    }

    [Fact]
    public void Coordinator_publishes_the_API_on_loopback_only_and_keeps_its_secrets_out_of_the_file()
    {
        var coordinator = Service("coordinator");
        var ports = coordinator.GetProperty("ports").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.All(ports, p => Assert.StartsWith("127.0.0.1:", p));
        Assert.Equal("service_healthy", coordinator.GetProperty("depends_on").GetProperty("postgres").GetProperty("condition").GetString());
        var env = coordinator.GetProperty("environment");
        Assert.StartsWith("postgres:Host=postgres;", env.GetProperty("VIXSHIELD_JOURNAL").GetString());
        Assert.Contains("Password=${POSTGRES_PASSWORD:?", env.GetProperty("VIXSHIELD_JOURNAL").GetString());
        Assert.StartsWith("${POSTGRES_PASSWORD:?", Service("postgres").GetProperty("environment").GetProperty("POSTGRES_PASSWORD").GetString());
        Assert.Equal("/run/secrets/api_token", env.GetProperty("VIXSHIELD_API_TOKEN_FILE").GetString());
        Assert.Equal("./secrets/api-token", Document().GetProperty("secrets").GetProperty("api_token").GetProperty("file").GetString());

        // The template holds no password, and the real file is git-ignored.
        string[] template = File.ReadAllLines(Path.Combine(Repository.Deploy, "env.example"));
        Assert.Contains("POSTGRES_PASSWORD=", template);
    }

    [Fact]
    public void Every_service_is_health_checked_and_grid_nodes_run_read_only_with_read_only_market_data()
    {
        foreach (var (name, service) in Services())
        {
            if (name != "worker") // the worker inherits the image's HEALTHCHECK
                Assert.True(service.TryGetProperty("healthcheck", out _), $"{name} has no health check");
            if (name == "postgres")
                continue;
            Assert.True(service.GetProperty("read_only").GetBoolean(), $"{name}: read-only root");
            Assert.Equal(["ALL"], service.GetProperty("cap_drop").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("60s", service.GetProperty("stop_grace_period").GetString());
            var data = Assert.Single(service.GetProperty("volumes").EnumerateArray());
            Assert.Equal("/data", data.GetProperty("target").GetString());
            Assert.True(data.GetProperty("read_only").GetBoolean(), $"{name}: market data must be mounted read-only");
        }
    }

    private JsonElement Document()
    {
        var compose = Assert.Single(fixture.RequireReport().Compose);
        Assert.True(compose.Document.HasValue, string.Join("\n", compose.Errors));
        return compose.Document.Value;
    }

    private IEnumerable<(string Name, JsonElement Service)> Services() =>
        Document().GetProperty("services").EnumerateObject().Select(p => (p.Name, p.Value));

    private JsonElement Service(string name) => Document().GetProperty("services").GetProperty(name);
}
