using System.Net;
using VixShield.Cli.Logging;
using VixShield.Grid.Cluster;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;

namespace VixShield.Cli.Node;

/// <summary>One node's settings after the command line and <see cref="NodeEnvironment"/> are read and checked.</summary>
/// <param name="Http">Where the HTTP endpoint listens; null for none.</param>
/// <param name="ApiToken">The bearer token every API call must carry; null for none.</param>
internal sealed record NodeSettings(GridNodeOptions Grid, IPEndPoint? Http, string? ApiToken, LogFormat LogFormat, string DataRoot)
{
    /// <summary>How the node names itself in logs: its public address.</summary>
    public string NodeName => $"{Grid.PublicHost ?? Grid.Host}:{Grid.Port}";

    public static CoordinatorSettings Coordinator { get; } = CoordinatorSettings.Default;

    /// <summary>Reads HOST:PORT for <c>--http</c>; "localhost" means the IPv4 loopback.</summary>
    /// <exception cref="FormatException">Not an address and port.</exception>
    public static IPEndPoint ParseHttp(string value)
    {
        int colon = value.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(value.AsSpan(colon + 1), out int port) || port is < 0 or > 65535)
            throw new FormatException($"--http '{value}': expected HOST:PORT, e.g. 127.0.0.1:8080 (or 0.0.0.0:8080 to listen on every interface)");
        string host = value[..colon].Trim('[', ']');
        if (host == "localhost")
            return new IPEndPoint(IPAddress.Loopback, port);
        if (!IPAddress.TryParse(host, out var address))
            throw new FormatException($"--http '{value}': '{host}' is not an IP address (listen on an address, e.g. 0.0.0.0)");
        return new IPEndPoint(address, port);
    }

    /// <summary>Reads the API token file: one line, not empty.</summary>
    public static string ReadToken(string path)
    {
        if (!File.Exists(path))
            throw new FormatException($"--api-token-file {path}: no such file");
        string token = File.ReadAllText(path).Trim();
        if (token.Length == 0)
            throw new FormatException($"--api-token-file {path}: the file is empty");
        if (token.Any(char.IsWhiteSpace))
            throw new FormatException($"--api-token-file {path}: a token is one word without spaces");
        return token;
    }

    public static JournalOptions DefaultJournal(string dataRoot) => JournalOptions.Sqlite(Path.Combine(dataRoot, "grid", "journal.db"));
}
