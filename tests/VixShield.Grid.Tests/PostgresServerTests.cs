using Npgsql;
using VixShield.Testing;

namespace VixShield.Grid.Tests;

/// <summary>The throwaway PostgreSQL fixture itself: servers side by side, restart on the same folder, nothing left behind.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public void A_free_port_can_be_bound_at_once()
    {
        int port = FreeTcpPort.Next();
        Assert.InRange(port, 1, 65535);
        Assert.True(FreeTcpPort.IsFree(port));
    }

    [Fact]
    public async Task Two_servers_at_once_get_their_own_ports_and_leave_nothing_behind()
    {
        if (!PostgresServer.IsAvailable)
            Assert.Skip(PostgresServer.UnavailableReason);
        var ct = TestContext.Current.CancellationToken;

        var servers = await Task.WhenAll(PostgresServer.StartAsync(ct), PostgresServer.StartAsync(ct));
        var (a, b) = (servers[0], servers[1]);
        int[] pids;
        try
        {
            Assert.NotEqual(a.Port, b.Port);
            Assert.NotEqual(a.Root, b.Root);
            Assert.Equal(a.Port.ToString(), await ScalarAsync(a.ConnectionString(), "SELECT current_setting('port')"));
            Assert.Equal(b.Port.ToString(), await ScalarAsync(b.ConnectionString(), "SELECT current_setting('port')"));
            // Only loopback: a test server must never be reachable from elsewhere.
            Assert.Equal("127.0.0.1", await ScalarAsync(a.ConnectionString(), "SELECT current_setting('listen_addresses')"));
            Assert.Equal("off", await ScalarAsync(a.ConnectionString(), "SELECT current_setting('fsync')"));

            string db = await a.CreateDatabaseAsync("fresh_one", ct);
            Assert.Equal("fresh_one", await ScalarAsync(db, "SELECT current_database()"));

            pids = [a.PostmasterPid, b.PostmasterPid];
            Assert.All(pids, pid => Assert.True(IsLivePostgres(pid), $"postmaster {pid} not running"));
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
        }

        foreach (var server in servers)
        {
            Assert.False(Directory.Exists(server.Root), $"{server.Root} still exists");
            Assert.True(FreeTcpPort.IsFree(server.Port), $"port {server.Port} still taken");
        }

        Assert.All(pids, pid => Assert.False(IsLivePostgres(pid), $"postmaster {pid} survived DisposeAsync"));
    }

    [Fact]
    public async Task A_server_stopped_as_in_a_crash_starts_again_on_the_same_port_with_its_data()
    {
        if (!PostgresServer.IsAvailable)
            Assert.Skip(PostgresServer.UnavailableReason);
        var ct = TestContext.Current.CancellationToken;

        await using var server = await PostgresServer.StartAsync(ct);
        // CREATE DATABASE checkpoints, so it survives an immediate stop even with fsync and synchronous_commit off.
        string db = await server.CreateDatabaseAsync("kept", ct);
        int port = server.Port, firstPid = server.PostmasterPid;

        await server.StopImmediateAsync();
        Assert.False(IsLivePostgres(firstPid));
        await Assert.ThrowsAnyAsync<Exception>(() => ScalarAsync(db, "SELECT 1"));

        await server.StartAgainAsync(ct);
        Assert.Equal(port, server.Port);
        Assert.NotEqual(firstPid, server.PostmasterPid);
        Assert.Equal("kept", await ScalarAsync(db, "SELECT current_database()"));
    }

    [Fact]
    public async Task A_database_name_that_is_not_a_plain_identifier_is_refused()
    {
        if (!PostgresServer.IsAvailable)
            Assert.Skip(PostgresServer.UnavailableReason);

        await using var server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<ArgumentException>(() => server.CreateDatabaseAsync("x\"; DROP DATABASE postgres; --", TestContext.Current.CancellationToken));
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        // No pooling: a pooled connection would outlive the server under test and blur what "stopped" means.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    /// <summary>A running (not zombie) process named postgres with this PID.</summary>
    private static bool IsLivePostgres(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            int close = stat.LastIndexOf(')');
            return stat.Contains("(postgres)", StringComparison.Ordinal) && stat[close + 2] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
