using Microsoft.AspNetCore.Builder;

namespace VixShield.Cli.Node;

/// <summary>Puts the sweep API on a coordinator node's web application.</summary>
internal static class SweepApiEndpoints
{
    public static void Map(WebApplication app, NodeSettings settings)
    {
        _ = app;
        _ = settings;
    }
}
