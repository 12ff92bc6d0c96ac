using System.CommandLine;
using System.Runtime.InteropServices;
using VixShield.Cli.Logging;
using VixShield.Cli.Node;
using VixShield.Grid.Cluster;
using VixShield.Grid.Persistence;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield node</c>: one node of a multi-process grid (coordinator and/or worker), until SIGTERM or Ctrl-C.</summary>
internal static class NodeCommand
{
    public static Command Create()
    {
        var roles = new Option<string[]>("--role")
        {
            Description = $"coordinator and/or worker (repeat for both) [env {NodeEnvironment.Roles}, comma-separated]",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => Split(NodeEnvironment.Get(NodeEnvironment.Roles)),
        };
        var host = new Option<string>("--host")
        {
            Description = $"Address remoting binds to [env {NodeEnvironment.Host}; default 127.0.0.1]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.Host) ?? "127.0.0.1",
        };
        var port = new Option<int>("--port")
        {
            Description = $"Remoting port [env {NodeEnvironment.Port}; default 4053]",
            DefaultValueFactory = _ => int.TryParse(NodeEnvironment.Get(NodeEnvironment.Port), out int p) ? p : 4053,
        };
        var publicHost = new Option<string?>("--public-host")
        {
            Description = $"Name other nodes reach this one by, when it differs from --host (a pod's DNS name) [env {NodeEnvironment.PublicHost}]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.PublicHost),
        };
        var seeds = new Option<string[]>("--seed")
        {
            Description = $"Seed node HOST:PORT (repeat; the same list on every node, coordinators first) [env {NodeEnvironment.Seeds}, comma-separated]",
            DefaultValueFactory = _ => Split(NodeEnvironment.Get(NodeEnvironment.Seeds)),
        };
        var journal = new Option<string?>("--journal")
        {
            Description = $"Coordinator journal: sqlite:PATH or postgres:CONNECTION-STRING [env {NodeEnvironment.Journal}; default sqlite:grid/journal.db under --data-root]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.Journal),
        };
        var http = new Option<string?>("--http")
        {
            Description = $"HOST:PORT for /health/* (and the sweep API on coordinators); loopback unless you give another address [env {NodeEnvironment.Http}]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.Http),
        };
        var tokenFile = new Option<string?>("--api-token-file")
        {
            Description = $"File holding the bearer token every API call must carry [env {NodeEnvironment.ApiTokenFile}]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.ApiTokenFile),
        };
        var workers = new Option<int>("--workers")
        {
            Description = $"Units a worker node runs at once [env {NodeEnvironment.Workers}; default one per core]",
            DefaultValueFactory = _ => int.TryParse(NodeEnvironment.Get(NodeEnvironment.Workers), out int w) ? w : Environment.ProcessorCount,
        };
        var logFormat = new Option<LogFormat>("--log-format")
        {
            Description = $"text or json (one compact JSON event per line, for clusters) [env {NodeEnvironment.LogFormat}]",
            DefaultValueFactory = _ => Enum.TryParse<LogFormat>(NodeEnvironment.Get(NodeEnvironment.LogFormat), ignoreCase: true, out var f) ? f : LogFormat.Text,
        };
        var dataRoot = new Option<string>("--data-root")
        {
            Description = $"Folder that anchors relative data: paths of sweeps submitted over HTTP [env {NodeEnvironment.DataRoot}; default the current folder]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.DataRoot) ?? Environment.CurrentDirectory,
        };
        var tlsCertificate = new Option<string?>(RemotingCertificate.Option)
        {
            Description = $"PKCS#12 (.pfx) file with the remoting certificate and its key: remoting speaks mutual TLS, peers must chain to a trusted CA (SSL_CERT_FILE) [env {NodeEnvironment.TlsCertificate}]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.TlsCertificate),
        };
        var tlsPasswordFile = new Option<string?>(RemotingCertificate.PasswordOption)
        {
            Description = $"File holding the password of --tls-certificate [env {NodeEnvironment.TlsCertificatePasswordFile}]",
            DefaultValueFactory = _ => NodeEnvironment.Get(NodeEnvironment.TlsCertificatePasswordFile),
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
                r.AddError("--port: must be between 0 and 65535");
        });
        workers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
                r.AddError("--workers: must be between 1 and 1024");
        });

        var command = new Command("node", "Run one node of a grid cluster (coordinator and/or worker) until SIGTERM or Ctrl-C")
        {
            roles, host, port, publicHost, seeds, journal, http, tokenFile, workers, logFormat, dataRoot, tlsCertificate, tlsPasswordFile,
        };
        command.SetAction(async (parse, cancel) =>
        {
            NodeSettings settings;
            try
            {
                string[] roleList = parse.GetValue(roles)!.SelectMany(r => Split(r)).Select(r => r.ToLowerInvariant()).Distinct().ToArray();
                if (roleList.Length == 0)
                    throw new FormatException($"--role: give coordinator and/or worker (or set {NodeEnvironment.Roles})");
                if (roleList.FirstOrDefault(r => !GridRoles.All.Contains(r)) is { } unknown)
                    throw new FormatException($"--role {unknown}: roles are coordinator and worker");
                var seedList = parse.GetValue(seeds)!.SelectMany(s => Split(s)).Select(SeedNode.Parse).ToArray();
                if (seedList.Length == 0)
                    throw new FormatException($"--seed: give at least one seed HOST:PORT (or set {NodeEnvironment.Seeds}); a first coordinator lists itself");
                string root = Path.GetFullPath(parse.GetValue(dataRoot)!);
                bool coordinator = roleList.Contains(GridRoles.Coordinator);
                var journalOptions = coordinator ? (parse.GetValue(journal) is { } j ? JournalOptions.Parse(j) : NodeSettings.DefaultJournal(root)) : null;
                if (journalOptions?.SqliteFile is { } file)
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var grid = new GridNodeOptions(roleList, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(publicHost), seedList,
                    journalOptions, parse.GetValue(workers), NodeSettings.Coordinator)
                {
                    TlsCertificate = RemotingCertificate.Load(parse.GetValue(tlsCertificate), parse.GetValue(tlsPasswordFile)),
                };
                settings = new NodeSettings(
                    grid,
                    parse.GetValue(http) is { } h ? NodeSettings.ParseHttp(h) : null,
                    parse.GetValue(tokenFile) is { } t ? NodeSettings.ReadToken(t) : null,
                    parse.GetValue(logFormat),
                    root);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"vixshield: {e.Message}");
                return ExitCodes.Usage;
            }

            // SIGTERM (Kubernetes, docker stop) stops the node as gracefully as Ctrl-C: it leaves the cluster first.
            using var terminate = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                terminate.Cancel();
            });
            return await NodeHost.RunAsync(settings, terminate.Token);
        });
        return command;
    }

    private static string[] Split(string? list) =>
        list is null ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
