using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Cluster;

/// <summary>A grid node as a generic host without a web server (the embedded sweep and tests); <c>vixshield node</c> composes the same node into its web host.</summary>
public static class GridHost
{
    /// <param name="configure">More Akka configuration, e.g. the CLI's loggers.</param>
    public static IHost Build(GridNodeOptions options, TapeCache tapes, Action<AkkaConfigurationBuilder>? configure = null) =>
        new HostBuilder()
            .ConfigureServices(services => services.AddAkka(options.SystemName, (builder, _) =>
            {
                builder.AddGridNode(options, tapes);
                configure?.Invoke(builder);
            }))
            .Build();
}
