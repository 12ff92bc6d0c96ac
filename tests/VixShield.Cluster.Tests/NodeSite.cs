using VixShield.Testing;

namespace VixShield.Cluster.Tests;

/// <summary>Where a node process listens (remoting and HTTP) and what starts it: dotnet itself, or dotnet inside a network namespace.</summary>
/// <param name="Launcher">Command words in front of <c>dotnet</c>, e.g. <c>ip netns exec NS</c>; empty to start dotnet directly.</param>
internal sealed record NodeSite(string Host, int RemotingPort, int HttpPort, IReadOnlyList<string> Launcher)
{
    /// <summary>Loopback with ports that were free a moment ago.</summary>
    public static NodeSite Loopback() => new("127.0.0.1", FreeTcpPort.Next(), FreeTcpPort.Next(), []);

    /// <summary>HOST:PORT as a seed or an address in logs.</summary>
    public string Remoting => $"{Host}:{RemotingPort}";

    public Uri Http => new($"http://{Host}:{HttpPort}");
}

/// <summary>Options and environment variables every node of a test cluster gets, e.g. its TLS certificate and trusted CA.</summary>
internal sealed record NodeExtras(IReadOnlyList<string> Args, IReadOnlyDictionary<string, string> Environment)
{
    public static NodeExtras None { get; } = new([], new Dictionary<string, string>());
}
