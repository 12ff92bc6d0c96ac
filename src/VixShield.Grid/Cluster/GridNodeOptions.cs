using System.Security.Cryptography.X509Certificates;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;

namespace VixShield.Grid.Cluster;

/// <summary>Everything that makes one grid node: its roles, where it listens and whom it joins, its journal (coordinator role) and its worker slots (worker role).</summary>
/// <param name="Host">Address remoting binds to (loopback unless told otherwise).</param>
/// <param name="Port">Remoting port; 0 picks a free one (then the node can only seed itself).</param>
/// <param name="PublicHost">Address other nodes reach this one by (a pod's DNS name) when it differs from <paramref name="Host"/>.</param>
/// <param name="Seeds">Seed nodes; none means this node forms a cluster of its own (embedded).</param>
/// <param name="Journal">Required on coordinator nodes.</param>
/// <param name="WorkerSlots">Units run at once on a worker node: one per core by default.</param>
public sealed record GridNodeOptions(
    IReadOnlyList<string> Roles, string Host, int Port, string? PublicHost, IReadOnlyList<SeedNode> Seeds,
    JournalOptions? Journal, int WorkerSlots, CoordinatorSettings Coordinator, string SystemName = "vixshield")
{
    /// <summary>
    /// With a certificate (and its private key), remoting speaks TLS: every node presents it and accepts only peers whose
    /// certificate chains to a CA this machine trusts (on Linux OpenSSL's store, e.g. <c>SSL_CERT_FILE</c>). Null: plain TCP.
    /// </summary>
    public X509Certificate2? TlsCertificate { get; init; }

    public bool IsCoordinator => Roles.Contains(GridRoles.Coordinator);

    public bool IsWorker => Roles.Contains(GridRoles.Worker);

    /// <summary>A one-process cluster on a free loopback port with both roles (what <c>vixshield sweep</c> runs).</summary>
    public static GridNodeOptions Embedded(JournalOptions journal, int workerSlots, CoordinatorSettings coordinator) =>
        new(GridRoles.All, "127.0.0.1", 0, null, [], journal, workerSlots, coordinator);
}
