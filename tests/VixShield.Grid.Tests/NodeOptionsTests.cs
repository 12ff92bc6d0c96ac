using VixShield.Grid.Cluster;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;

namespace VixShield.Grid.Tests;

/// <summary>The settings a node is started with: seeds, journals, and how the coordinator sizes units.</summary>
public sealed class NodeOptionsTests
{
    [Theory]
    [InlineData("127.0.0.1:4053", "127.0.0.1", 4053, "akka.tcp://vixshield@127.0.0.1:4053")]
    [InlineData("vixshield-coordinator-0.vixshield-coordinator.grid.svc.cluster.local:4053", "vixshield-coordinator-0.vixshield-coordinator.grid.svc.cluster.local", 4053,
        "akka.tcp://vixshield@vixshield-coordinator-0.vixshield-coordinator.grid.svc.cluster.local:4053")]
    [InlineData("[::1]:4100", "::1", 4100, "akka.tcp://vixshield@[::1]:4100")]
    public void A_seed_is_host_and_port(string text, string host, int port, string address)
    {
        var seed = SeedNode.Parse(text);
        Assert.Equal((host, port), (seed.Host, seed.Port));
        Assert.Equal(address, seed.AkkaAddress("vixshield"));
        // Remoting over TLS names its transport akka.ssl.tcp: a seed addressed as akka.tcp would find no transport.
        Assert.Equal(address.Replace("akka.tcp://", "akka.ssl.tcp://"), seed.AkkaAddress("vixshield", tls: true));
    }

    [Theory]
    [InlineData("coordinator", "seed 'coordinator': expected HOST:PORT with a port from 1 to 65535")]
    [InlineData("c1:0", "seed 'c1:0': expected HOST:PORT")]
    [InlineData("c1:70000", "seed 'c1:70000': expected HOST:PORT")]
    [InlineData("bad host:4053", "seed 'bad host:4053': 'bad host' is not a host name or address")]
    public void A_bad_seed_names_itself_and_the_form_expected(string text, string message) =>
        Assert.StartsWith(message, Assert.Throws<FormatException>(() => SeedNode.Parse(text)).Message);

    [Fact]
    public void Journals_are_sqlite_or_postgres_and_a_password_never_reaches_a_log()
    {
        var sqlite = JournalOptions.Parse("sqlite:/var/grid/journal.db");
        Assert.Equal((JournalOptions.SqliteProvider, "/var/grid/journal.db"), (sqlite.Provider, sqlite.SqliteFile));
        var postgres = JournalOptions.Parse("postgres:Host=db;Database=grid;Username=grid;Password=s3cret");
        Assert.Equal((JournalOptions.PostgresProvider, "Host=db;Database=grid;Username=grid;Password=s3cret"), (postgres.Provider, postgres.ConnectionString));
        Assert.Null(postgres.SqliteFile);
        Assert.DoesNotContain("s3cret", postgres.ToString());
        var e = Assert.Throws<FormatException>(() => JournalOptions.Parse("mysql:Password=s3cret;Host=x"));
        Assert.StartsWith("'mysql:Password=***;Host=x' is not a journal: use sqlite:PATH or postgres:CONNECTION-STRING", e.Message);
        Assert.Equal("postgres:Host=db;Password=***;Username=grid", JournalOptions.Postgres("Host=db;password = x;Username=grid").ToString());
    }

    [Theory]
    [InlineData(48_960, 1_000, 765)]      // 64 units of about 0.77 s each
    [InlineData(2_000_000, 1_000, 1_000)] // one second of work
    [InlineData(2_160, 500, 100)]         // a small sweep: no unit below a fifth of a second
    [InlineData(10, 500, 10)]             // fewer sets than a unit
    [InlineData(100_000_000, 50_000, 10_000)] // a very fast engine: capped so a unit's results fit a frame
    public void The_coordinator_sizes_units_between_a_fifth_and_one_target_time(long sets, double rate, long expected) =>
        Assert.Equal(expected, CoordinatorSettings.Default.UnitSizeFor(sets, rate));
}
