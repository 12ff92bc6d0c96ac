namespace VixShield.Grid.Cluster;

/// <summary>The cluster roles: coordinator nodes host the singleton <see cref="Coordinator.SweepCoordinator"/> (and the HTTP API), worker nodes run units.</summary>
public static class GridRoles
{
    public const string Coordinator = "coordinator";
    public const string Worker = "worker";

    public static IReadOnlyList<string> All { get; } = [Coordinator, Worker];
}
