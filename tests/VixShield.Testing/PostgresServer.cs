using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace VixShield.Testing;

/// <summary>A throwaway PostgreSQL server for tests: its own temp data folder, loopback port and postmaster, all gone on dispose.</summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    /// <summary>Bound on initdb, on start to first successful connection, and on each stop.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private const string OsUser = "postgres";
    private static readonly SemaphoreSlim UserCheck = new(1, 1);
    private static bool _userChecked;

    private readonly PostgresInstallation _installation;
    private readonly string _applicationName = "vixshield-test-" + Guid.NewGuid().ToString("n")[..12];
    private readonly ConcurrentDictionary<string, byte> _handedOut = new();
    private int _postmasterPid;
    private bool _disposed;

    private PostgresServer(PostgresInstallation installation, string root, int port)
    {
        _installation = installation;
        Root = root;
        Port = port;
    }

    /// <summary>Whether this machine can run one: server binaries present (and runuser, when running as root).</summary>
    public static bool IsAvailable => PostgresInstallation.Current is not null;

    /// <summary>Why <see cref="IsAvailable"/> is false, fit for Assert.Skip.</summary>
    public static string UnavailableReason => PostgresInstallation.UnavailableReason;

    /// <summary>The temp folder holding the data directory, the socket directory and the server log; deleted on dispose.</summary>
    public string Root { get; }

    public int Port { get; private set; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string LogFile => Path.Combine(Root, "postgres.log");

    private string SocketDirectory => Path.Combine(Root, "socket");

    /// <summary>The postmaster's PID while it runs (from postmaster.pid), else 0.</summary>
    public int PostmasterPid => _postmasterPid;

    /// <summary>Trust authentication as the postgres superuser over loopback TCP.</summary>
    /// <remarks>The unique Application Name gives each server its own Npgsql pool, so a later server reusing the port never gets this one's dead connections.</remarks>
    public string ConnectionString(string database = "postgres")
    {
        string connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = OsUser,
            Database = database,
            ApplicationName = _applicationName,
            Timeout = 10,
        }.ConnectionString;
        _handedOut.TryAdd(connectionString, 0);
        return connectionString;
    }

    /// <summary>Initialises a fresh cluster in a temp folder and starts it; throws with initdb/pg_ctl output and the server log when anything fails.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var installation = PostgresInstallation.Current ?? throw new InvalidOperationException(UnavailableReason);
        if (PostgresInstallation.IsRoot)
            await EnsureOsUserAsync(cancellationToken);

        string root = Path.Combine(Path.GetTempPath(), "vixshield-pg-" + Guid.NewGuid().ToString("n"));
        var server = new PostgresServer(installation, root, FreeTcpPort.Next());
        try
        {
            await server.InitAsync(cancellationToken);
            // Another process may take the port between FreeTcpPort.Next and the postmaster's bind: retry on a fresh one.
            for (int attempt = 1; ; attempt++)
            {
                server.WriteSettings();
                var start = await server.PgCtlStartAsync(cancellationToken);
                if (start.Succeeded)
                    break;
                if (attempt < 3 && server.ReadLog().Contains("Address already in use", StringComparison.Ordinal))
                {
                    server.Port = FreeTcpPort.Next();
                    continue;
                }

                throw server.Failure("pg_ctl start failed", start);
            }

            await server.WaitUntilConnectableAsync(cancellationToken);
            return server;
        }
        catch (Exception failure)
        {
            try
            {
                await server.DisposeAsync();
            }
            catch (Exception cleanup)
            {
                // Keep the reason the start failed; a failed cleanup alone would hide it.
                throw new AggregateException(failure, cleanup);
            }

            throw;
        }
    }

    /// <summary>Creates an empty database (one per test keeps tests apart) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!IdentifierPattern().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a plain lower-case SQL identifier", nameof(name));

        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>Kills the server as a crash would (pg_ctl stop -m immediate): the data folder and port stay for <see cref="StartAgainAsync"/>.</summary>
    public async Task StopImmediateAsync()
    {
        if (_postmasterPid == 0)
            return;

        var stop = await RunToolAsync(_installation.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", ((int)Bound.TotalSeconds).ToString()], Bound + TimeSpan.FromSeconds(5));
        int pid = _postmasterPid;
        bool exited = await WaitForExitAsync(pid, TimeSpan.FromSeconds(5));
        if (!exited)
        {
            // pg_ctl could not stop it in time: end the one process we started, never anything found by name.
            KillPostmaster(pid);
            exited = await WaitForExitAsync(pid, TimeSpan.FromSeconds(5));
        }

        _postmasterPid = 0;
        if (!exited)
            throw Failure($"postmaster {pid} survived pg_ctl stop -m immediate and SIGKILL", stop);
    }

    /// <summary>Starts the server again on the same folder and port after <see cref="StopImmediateAsync"/> (crash recovery runs first).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_postmasterPid != 0)
            throw new InvalidOperationException("the server is running");

        var start = await PgCtlStartAsync(cancellationToken);
        if (!start.Succeeded)
            throw Failure("pg_ctl start (again) failed", start);
        await WaitUntilConnectableAsync(cancellationToken);
    }

    /// <summary>Stops the server at once, makes sure its postmaster is gone, and deletes the temp folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;

        // Idle pooled connections would otherwise point at a dead server until the pool prunes them.
        foreach (string connectionString in _handedOut.Keys)
        {
            using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }

        try
        {
            _postmasterPid = _postmasterPid != 0 ? _postmasterPid : ReadPostmasterPid();
            await StopImmediateAsync();
        }
        finally
        {
            DeleteRoot();
        }
    }

    /// <summary>Runs a server tool in <see cref="Root"/>; as root through runuser, because initdb and the postmaster refuse to run as root.</summary>
    private Task<CommandResult> RunToolAsync(string tool, string[] arguments, TimeSpan bound, CancellationToken cancellationToken = default) =>
        PostgresInstallation.IsRoot
            ? Command.RunAsync(PostgresInstallation.RunUser, ["-u", OsUser, "--", tool, .. arguments], bound, Root, cancellationToken)
            : Command.RunAsync(tool, arguments, bound, Root, cancellationToken);

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        // Debian's packages, runuser and /proc are what this class relies on.
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("PostgresServer runs on Linux only");

        // /tmp is world-traversable, so the postgres user reaches the folder once it owns it.
        Directory.CreateDirectory(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(SocketDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (PostgresInstallation.IsRoot)
        {
            var chown = await Command.RunAsync("chown", ["-R", $"{OsUser}:", Root], Bound, cancellationToken: cancellationToken);
            if (!chown.Succeeded)
                throw Failure("could not hand the temp folder to the postgres user", chown);
        }

        // --locale=C: the result must not depend on which locales this machine has generated.
        var init = await RunToolAsync(_installation.InitDb,
            ["-D", DataDirectory, "-A", "trust", "-U", OsUser, "--no-sync", "-E", "UTF8", "--locale=C"], Bound, cancellationToken);
        if (!init.Succeeded)
            throw Failure("initdb failed", init);
    }

    /// <summary>Settings go into postgresql.auto.conf (read last), so a restart reuses the same port and test-speed settings.</summary>
    private void WriteSettings()
    {
        string settings = $"""
            listen_addresses = '127.0.0.1'
            port = {Port}
            unix_socket_directories = '{SocketDirectory}'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 50
            shared_buffers = 16MB
            logging_collector = off

            """;
        // Rewriting keeps the file's owner (postgres); creating it anew is never needed because initdb made it.
        File.WriteAllText(Path.Combine(DataDirectory, "postgresql.auto.conf"), settings);
    }

    private async Task<CommandResult> PgCtlStartAsync(CancellationToken cancellationToken)
    {
        var start = await RunToolAsync(_installation.PgCtl,
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)Bound.TotalSeconds).ToString()], Bound + TimeSpan.FromSeconds(5), cancellationToken);
        // Even a failed start may have left a postmaster behind (e.g. pg_ctl timed out): remember it so dispose ends it.
        _postmasterPid = ReadPostmasterPid();
        return start;
    }

    private async Task WaitUntilConnectableAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false, Timeout = 2 }.ConnectionString;
        Exception? last = null;
        while (deadline.Elapsed < Bound)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
            {
                last = e;
                await Task.Delay(100, cancellationToken);
            }
        }

        throw Failure($"no connection to 127.0.0.1:{Port} within {Bound.TotalSeconds} s: {last?.Message}", null);
    }

    /// <summary>The first line of postmaster.pid, written by the postmaster itself; 0 when there is none.</summary>
    private int ReadPostmasterPid()
    {
        try
        {
            string? first = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, out int pid) ? pid : 0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static async Task<bool> WaitForExitAsync(int pid, TimeSpan bound)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < bound)
        {
            if (!IsAlive(pid))
                return true;
            await Task.Delay(50);
        }

        return !IsAlive(pid);
    }

    /// <summary>Reads /proc rather than asking Process: a postmaster reparented to a PID 1 that never reaps it lingers as a zombie, which is dead for our purposes.</summary>
    /// <remarks>A live process under another name means the PID was reused after our postmaster ended.</remarks>
    private static bool IsAlive(int pid) => ProcState(pid) is { Name: "postgres" } state && state.State is not ('Z' or 'X');

    /// <summary>The command name and state letter from /proc/PID/stat, or null when there is no such process.</summary>
    private static (string Name, char State)? ProcState(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            int open = stat.IndexOf('('), close = stat.LastIndexOf(')');
            return open < 0 || close < open + 1 || close + 2 >= stat.Length ? null : (stat[(open + 1)..close], stat[close + 2]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void KillPostmaster(int pid)
    {
        // The PID came from our own postmaster.pid; checking the name guards against the PID having been reused since.
        if (ProcState(pid) is not { Name: "postgres" })
            return;
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private void DeleteRoot()
    {
        for (int attempt = 0; attempt < 10 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A dying backend may still be removing its files; try again shortly.
                Thread.Sleep(100);
            }
        }
    }

    private string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"(log unreadable: {e.Message})";
        }
    }

    private InvalidOperationException Failure(string what, CommandResult? command)
    {
        string log = ReadLog();
        return new InvalidOperationException(
            $"PostgreSQL test server in {Root} (port {Port}): {what}" +
            (command is null ? "" : $"\n--- command ---\n{command}") +
            $"\n--- server log {LogFile} ---\n{(log.Length == 0 ? "(empty)" : log.TrimEnd())}");
    }

    /// <summary>Creates the postgres OS user once per process if it is missing (Debian's package creates it; a bare machine may not have it).</summary>
    private static async Task EnsureOsUserAsync(CancellationToken cancellationToken)
    {
        await UserCheck.WaitAsync(cancellationToken);
        try
        {
            if (_userChecked)
                return;
            var id = await Command.RunAsync("id", ["-u", OsUser], Bound, cancellationToken: cancellationToken);
            if (!id.Succeeded)
            {
                var add = await Command.RunAsync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", OsUser], Bound, cancellationToken: cancellationToken);
                // Another process may have created it meanwhile: only a user that still does not exist is a failure.
                if (!add.Succeeded && !(await Command.RunAsync("id", ["-u", OsUser], Bound, cancellationToken: cancellationToken)).Succeeded)
                    throw new InvalidOperationException($"the '{OsUser}' OS user is missing and could not be created:\n{add}");
            }

            _userChecked = true;
        }
        finally
        {
            UserCheck.Release();
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex IdentifierPattern();
}
