using VixShield.Testing;

namespace VixShield.Cluster.Tests;

/// <summary>The coordinator crash test on a real PostgreSQL journal, with a throwaway server the test starts itself.</summary>
public sealed class PostgresClusterTests(ClusterDataset dataset)
{
    [Fact]
    public async Task The_coordinator_killed_mid_sweep_recovers_from_its_postgres_journal_and_finishes()
    {
        if (!PostgresServer.IsAvailable)
            Assert.Skip(PostgresServer.UnavailableReason);
        await using var server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);
        string connection = await server.CreateDatabaseAsync("grid_cluster", TestContext.Current.CancellationToken);

        await using var cluster = await GridCluster.StartAsync(dataset.NewFolder(), $"postgres:{connection}", dataset.Root, workers: 2);
        await ClusterTests.CoordinatorCrashAsync(cluster, dataset);
    }
}
