namespace VixShield.Cli.Node;

/// <summary>
/// The environment variables <c>vixshield node</c> reads when an option is not given on the command line (containers and
/// Kubernetes set these). Every setting the node reads is here, so deployments can be checked against this list.
/// </summary>
public static class NodeEnvironment
{
    /// <summary>Comma-separated roles: <c>coordinator</c>, <c>worker</c>.</summary>
    public const string Roles = "VIXSHIELD_ROLES";

    public const string Host = "VIXSHIELD_HOST";

    public const string Port = "VIXSHIELD_PORT";

    /// <summary>The name other nodes reach this one by (a StatefulSet pod's DNS name).</summary>
    public const string PublicHost = "VIXSHIELD_PUBLIC_HOST";

    /// <summary>Comma-separated HOST:PORT seed nodes.</summary>
    public const string Seeds = "VIXSHIELD_SEEDS";

    /// <summary><c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c>.</summary>
    public const string Journal = "VIXSHIELD_JOURNAL";

    /// <summary>HOST:PORT of the HTTP endpoint (health on every node, the API on coordinators).</summary>
    public const string Http = "VIXSHIELD_HTTP";

    public const string ApiTokenFile = "VIXSHIELD_API_TOKEN_FILE";

    public const string Workers = "VIXSHIELD_WORKERS";

    public const string LogFormat = "VIXSHIELD_LOG_FORMAT";

    /// <summary>The folder that anchors relative <c>data:</c> paths of sweeps submitted over HTTP.</summary>
    public const string DataRoot = "VIXSHIELD_DATA_ROOT";

    /// <summary>PKCS#12 (.pfx) file with the remoting certificate and its private key: when set, remoting speaks mutual TLS.</summary>
    public const string TlsCertificate = "VIXSHIELD_TLS_CERTIFICATE";

    /// <summary>File holding the password of <see cref="TlsCertificate"/> (one line).</summary>
    public const string TlsCertificatePasswordFile = "VIXSHIELD_TLS_CERTIFICATE_PASSWORD_FILE";

    public static IReadOnlyList<string> All { get; } =
        [Roles, Host, Port, PublicHost, Seeds, Journal, Http, ApiTokenFile, Workers, LogFormat, DataRoot, TlsCertificate, TlsCertificatePasswordFile];

    public static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
