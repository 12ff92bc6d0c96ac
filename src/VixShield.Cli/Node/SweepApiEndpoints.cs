using Akka.Actor;
using Akka.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using VixShield.Grid.Api;
using VixShield.Grid.Cluster;
using VixShield.Grid.Worker;

namespace VixShield.Cli.Node;

/// <summary>Puts the sweep API on a coordinator node's web application, talking to the coordinator through this node's singleton proxy.</summary>
internal static class SweepApiEndpoints
{
    public static void Map(WebApplication app, NodeSettings settings, TapeCache tapes) =>
        app.MapSweepApi(new SweepApiOptions
        {
            // The actor system starts with the host, after the endpoints are mapped: look both up per request.
            CoordinatorFrom = () => app.Services.GetRequiredService<ActorRegistry>().Get<CoordinatorProxy>(),
            SystemFrom = () => app.Services.GetRequiredService<ActorSystem>(),
            BearerToken = settings.ApiToken,
            SweepFolder = settings.DataRoot,
            // Reports re-run sets on the datasets the node's worker already holds; they are cached under the temp folder,
            // writable even where the data root is a read-only volume.
            Tapes = tapes,
        });
}
