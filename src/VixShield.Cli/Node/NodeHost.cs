using Akka.Actor;
using Akka.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Serilog;
using VixShield.Cli.Logging;
using VixShield.Grid.Cluster;
using VixShield.Grid.Health;
using VixShield.Grid.Worker;

namespace VixShield.Cli.Node;

/// <summary>
/// The composition root of <c>vixshield node</c>: Serilog, the grid node (Akka.Hosting), and, when <c>--http</c> is given,
/// Kestrel with the health endpoints on every node and the sweep API on coordinator nodes.
/// </summary>
internal static class NodeHost
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Runs the node until <paramref name="stop"/> (SIGTERM, Ctrl-C) or until its actor system ends (downed by the cluster); returns the exit code.</summary>
    public static async Task<int> RunAsync(NodeSettings settings, CancellationToken stop)
    {
        Log.Logger = GridLogging.ToConsole(settings.LogFormat, settings.NodeName, string.Join(",", settings.Grid.Roles));
        try
        {
            using var host = Build(settings);
            await host.StartAsync(stop);
            var system = host.Services.GetRequiredService<ActorSystem>();
            Log.Information("Node {Node} up with roles {Roles}, seeds {Seeds}{Tls}{Journal}{Http}",
                settings.NodeName, settings.Grid.Roles, settings.Grid.Seeds.Select(s => s.ToString()),
                settings.Grid.TlsCertificate is { } tls ? $", remoting over mutual TLS as {tls.Subject} (expires {tls.NotAfter.ToUniversalTime():yyyy-MM-dd})" : ", remoting in plain TCP",
                settings.Grid.IsCoordinator ? $", journal {settings.Grid.Journal}" : "",
                settings.Http is { } http ? $", HTTP on {http}" : "");

            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, lifetime.ApplicationStopping);
            await Task.WhenAny(Task.Delay(Timeout.Infinite, stopping.Token), system.WhenTerminated);
            // Leaving gracefully hands the singleton over and the worker's running units back (see SweepWorker.PostStop).
            await host.StopAsync(CancellationToken.None);
            // Asked to stop: Ctrl-C or SIGTERM cancel `stop`, but Akka's own SIGTERM hook (ClrExitReason) may run first and
            // end the actor system before our handler is called. Anything else ended the actor system by itself: the
            // cluster downed this node, or Akka stopped it. (The host's ApplicationStopping cannot tell: Akka.Hosting
            // stops the host whenever the actor system ends.)
            var reason = CoordinatedShutdown.Get(system).ShutdownReason;
            bool downed = !stop.IsCancellationRequested && reason is not CoordinatedShutdown.ClrExitReason;
            // Akka.Remote keeps its TlsHandshakeFailureReason internal: known by name only.
            if (downed && reason?.GetType().Name == "TlsHandshakeFailureReason")
                Log.Error("Remoting's TLS handshake with a peer failed (see above: a certificate one side does not trust, or a peer without TLS); Akka stops a node on that, and so does this one, to be restarted");
            else if (downed)
                Log.Warning("The actor system ended (this node was removed from the cluster); exiting so that it can be restarted");
            return downed ? ExitCodes.Downed : ExitCodes.Ok;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static IHost Build(NodeSettings settings)
    {
        var tapes = new TapeCache();
        if (settings.Http is null)
            return GridHost.Build(settings.Grid, tapes, ConfigureAkka);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Host.UseSerilog();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(settings.Http));
        builder.Services.AddAkka(settings.Grid.SystemName, (akka, _) =>
        {
            akka.AddGridNode(settings.Grid, tapes);
            ConfigureAkka(akka);
        });
        var health = builder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration("actor-system", sp => new ActorSystemAliveCheck(sp.GetRequiredService<ActorSystem>()), HealthStatus.Unhealthy, ["live"], ReadyTimeout))
            .Add(new HealthCheckRegistration("cluster-member", sp => new ClusterMemberUpCheck(sp.GetRequiredService<ActorSystem>()), HealthStatus.Unhealthy, ["ready"], ReadyTimeout));
        if (settings.Grid.IsCoordinator)
        {
            health.Add(new HealthCheckRegistration("coordinator",
                sp => new CoordinatorAnswersCheck(sp.GetRequiredService<ActorRegistry>().Get<CoordinatorProxy>(), ReadyTimeout),
                HealthStatus.Unhealthy, ["ready"], ReadyTimeout * 2));
        }

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        if (settings.Grid.IsCoordinator)
            SweepApiEndpoints.Map(app, settings, tapes);
        return app;
    }

    private static void ConfigureAkka(AkkaConfigurationBuilder akka) => GridLogging.UseSerilog(akka);
}
