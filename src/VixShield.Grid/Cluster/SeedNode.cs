using System.Net.Sockets;

namespace VixShield.Grid.Cluster;

/// <summary>A seed node given as <c>HOST:PORT</c>: on Kubernetes a StatefulSet pod's stable DNS name, locally a loopback port.</summary>
public sealed record SeedNode(string Host, int Port)
{
    /// <exception cref="FormatException">Not HOST:PORT with a port in 1..65535.</exception>
    public static SeedNode Parse(string value)
    {
        int colon = value.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(value.AsSpan(colon + 1), out int port) || port is < 1 or > 65535)
            throw new FormatException($"seed '{value}': expected HOST:PORT with a port from 1 to 65535 (e.g. vixshield-coordinator-0.vixshield-coordinator:4053)");
        string host = value[..colon].Trim('[', ']');
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
            throw new FormatException($"seed '{value}': '{host}' is not a host name or address");
        return new SeedNode(host, port);
    }

    /// <summary>The Akka address of the node, in the grid's actor system; remoting over TLS has its own protocol name.</summary>
    public string AkkaAddress(string systemName, bool tls = false) =>
        $"{(tls ? "akka.ssl.tcp" : "akka.tcp")}://{systemName}@{(Uri.CheckHostName(Host) == UriHostNameType.IPv6 ? $"[{Host}]" : Host)}:{Port}";

    public override string ToString() => $"{Host}:{Port}";

    /// <summary>For error messages: whether anything answers on the seed's port right now.</summary>
    public static bool Answers(SeedNode seed, TimeSpan timeout)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(seed.Host, seed.Port).Wait(timeout) && client.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException)
        {
            return false;
        }
    }
}
