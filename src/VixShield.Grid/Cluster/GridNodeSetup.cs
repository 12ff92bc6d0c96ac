using System.Security.Cryptography.X509Certificates;
using Akka;
using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Hosting;
using Akka.Pattern;
using Akka.Remote.Hosting;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Cluster;

/// <summary>Registry key of the coordinator singleton's proxy: on every node, the one way to talk to the coordinator.</summary>
public sealed class CoordinatorProxy;

/// <summary>Registry key of the node's <see cref="SweepWorker"/> (worker nodes only).</summary>
public sealed class NodeWorker;

/// <summary>
/// Composes a grid node with Akka.Hosting: remoting, clustering from static seeds with the split-brain resolver,
/// serialization, the coordinator singleton (with persistence) on coordinator nodes, its proxy everywhere, and the
/// node's worker on worker nodes.
/// </summary>
public static class GridNodeSetup
{
    public const string SingletonName = "sweep-coordinator";

    /// <summary>Frames carry whole units of results: 32 MiB holds ~40,000 sets' metrics, well above the largest unit.</summary>
    private const long MaxFrameBytes = 32L * 1024 * 1024;

    public static AkkaConfigurationBuilder AddGridNode(this AkkaConfigurationBuilder builder, GridNodeOptions options, TapeCache tapes)
    {
        if (options.Roles.Count == 0 || options.Roles.Any(r => !GridRoles.All.Contains(r)))
            throw new ArgumentException($"roles must be {string.Join(" and/or ", GridRoles.All)}, not '{string.Join(",", options.Roles)}'", nameof(options));
        if (options.IsCoordinator && options.Journal is null)
            throw new ArgumentException("a coordinator node needs a journal", nameof(options));

        var persistence = options.IsCoordinator ? GridConfig.Persistence(options.Journal!) : GridConfig.Serialization;
        var remoting = new RemoteOptions
        {
            HostName = options.Host,
            Port = options.Port,
            PublicHostName = options.PublicHost,
            MaxFrameSize = MaxFrameBytes,
        };
        if (options.TlsCertificate is { } certificate)
        {
            remoting.EnableSsl = true;
            remoting.Ssl = RemotingTls(certificate);
        }

        builder
            .AddHocon(ClusterTimings.Config.WithFallback(persistence), HoconAddMode.Prepend)
            .WithRemoting(remoting)
            .WithClustering(new ClusterOptions
            {
                Roles = options.Roles.ToArray(),
                SeedNodes = options.Seeds.Select(s => s.AkkaAddress(options.SystemName, tls: options.TlsCertificate is not null)).ToArray(),
                SplitBrainResolver = new KeepMajorityOption(),
            });

        // The proxy's "failed to find the singleton" warning fires while a node is still joining; the readiness check
        // reports a coordinator that truly cannot be reached.
        var singleton = new ClusterSingletonOptions { Role = GridRoles.Coordinator, BufferSize = 10_000, LogSingletonIdentificationFailure = false };
        if (options.IsCoordinator)
            builder.WithSingleton<CoordinatorProxy>(SingletonName, SupervisedCoordinator(options.Coordinator), singleton, createProxyToo: true);
        else
            builder.WithSingletonProxy<CoordinatorProxy>(SingletonName, singleton);

        if (options.IsWorker)
        {
            builder.WithActors((system, registry) =>
            {
                var worker = system.ActorOf(SweepWorker.Props(registry.Get<CoordinatorProxy>(), tapes, options.WorkerSlots), "worker");
                registry.Register<NodeWorker>(worker);
                // On a graceful stop (SIGTERM) the worker hands its running units back while this node is still a
                // member: after the cluster-leave phase its messages may no longer reach the coordinator, which would
                // then count the units as failed attempts when the node is removed.
                CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseBeforeClusterShutdown, "hand-back-units", async () =>
                {
                    try
                    {
                        await worker.Ask<WorkerStopped>(LeaveGrid.Instance, TimeSpan.FromSeconds(8));
                    }
                    catch (AskTimeoutException)
                    {
                    }

                    return Done.Instance;
                });
            });
        }

        if (options.Seeds.Count == 0)
            builder.AddStartup((system, _) => Akka.Cluster.Cluster.Get(system).Join(Akka.Cluster.Cluster.Get(system).SelfAddress));
        return builder;
    }

    /// <summary>
    /// Mutual TLS: both ends of every connection present the certificate and validate the other's chain. Host names are
    /// not checked because workers are reached by pod IP, which no certificate names; trust comes from the CA alone.
    /// </summary>
    private static SslOptions RemotingTls(X509Certificate2 certificate) => new()
    {
        X509Certificate = certificate,
        SuppressValidation = false,
        RequireMutualAuthentication = true,
        ValidateCertificateHostname = false,
    };

    /// <summary>
    /// The coordinator under a backoff supervisor: a persistent actor stops when its journal fails, and the singleton
    /// manager would not bring it back; this restarts it (from the journal) after 1 s, backing off to 10 s while the
    /// database stays away.
    /// </summary>
    private static Props SupervisedCoordinator(CoordinatorSettings settings) =>
        BackoffSupervisor.Props(SweepCoordinator.Props(settings), "coordinator", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0.2);
}
