using System.Diagnostics;
using VixShield.Testing;

namespace VixShield.Cluster.Tests;

/// <summary>
/// Remoting over mutual TLS with throwaway certificates: nodes holding the grid's certificate (trusting its CA through
/// SSL_CERT_FILE, as the production overlay does) run the sweep to the embedded results; a worker speaking plain TCP
/// and a worker whose certificate another CA signed try to join while it runs and never become members.
/// </summary>
public sealed class TlsClusterTests(ClusterDataset dataset)
{
    private static readonly TimeSpan SweepBound = TimeSpan.FromMinutes(4);

    /// <summary>Long enough for several join attempts (one every 2 s) by each outsider once it is up (a few seconds).</summary>
    private static readonly TimeSpan OutsiderWatch = TimeSpan.FromSeconds(18);

    [Fact]
    public async Task Nodes_with_the_grid_certificate_finish_the_sweep_and_nodes_without_it_never_join()
    {
        string folder = dataset.NewFolder();
        using var grid = TestCertificateAuthority.Create(Path.Combine(folder, "grid-ca"), "vixshield grid test CA");
        using var foreign = TestCertificateAuthority.Create(Path.Combine(folder, "foreign-ca"), "foreign test CA");
        var gridFiles = grid.Issue("vixshield-remoting", "grid-password");
        var foreignFiles = foreign.Issue("vixshield-remoting", "foreign-password");
        var trustGrid = new Dictionary<string, string> { ["SSL_CERT_FILE"] = grid.CaFile };
        var withGridCertificate = new NodeExtras(["--tls-certificate", gridFiles.Pfx], new Dictionary<string, string>(trustGrid)
        {
            ["VIXSHIELD_TLS_CERTIFICATE_PASSWORD_FILE"] = gridFiles.PasswordFile, // the variable, as in the production overlay
        });

        await using var cluster = await GridCluster.StartAsync(folder, $"sqlite:{Path.Combine(folder, "journal.db")}", dataset.Root,
            workers: 2, extras: withGridCertificate);
        var plain = cluster.StartOutsider("outsider-plain-tcp", NodeExtras.None);
        // Trusts the grid's CA (so it would accept the coordinator) but presents a certificate the grid does not trust:
        // only the coordinator's check of the client certificate keeps it out.
        var impostor = cluster.StartOutsider("outsider-foreign-certificate",
            new NodeExtras(["--tls-certificate", foreignFiles.Pfx, "--tls-certificate-password-file", foreignFiles.PasswordFile], trustGrid));
        var watch = Task.WhenAll(EverReadyAsync(plain, OutsiderWatch), EverReadyAsync(impostor, OutsiderWatch));

        using var api = new GridApi(cluster.Coordinator.Http);
        string id = await api.SubmitAsync(dataset.SweepText);
        var done = await api.WaitAsync(id, s => GridApi.Phase(s) != "running", SweepBound);
        bool[] everReady = await watch;

        Assert.True(GridApi.Phase(done) == "completed", $"{done}\n{cluster.Logs}");
        Assert.Equal(dataset.EmbeddedCsv, await api.ResultsCsvAsync(id));
        string coordinator = cluster.Coordinator.Output;
        Assert.Contains("remoting over mutual TLS as CN=vixshield-remoting", coordinator);
        foreach (var worker in cluster.Workers)
            Assert.Contains($"Worker akka.ssl.tcp://vixshield@{worker.Site.Remoting}/user/worker joined", coordinator);

        Assert.Equal([false, false], everReady);
        foreach (var outsider in new[] { plain, impostor })
        {
            // The coordinator never heard from it as a node: not joining, not up, not a worker.
            Assert.DoesNotContain($"vixshield@{outsider.Site.Remoting}", coordinator);
        }

        // Plain TCP never gets past the coordinator's TLS listener; the node keeps trying to join.
        Assert.Contains("not an SSL/TLS record", coordinator);
        Assert.False(plain.HasExited, $"{plain.Name} should still be trying to join:\n{plain.Output}");
        // The foreign certificate fails the coordinator's chain validation. Whether the impostor's own side of the
        // handshake fails too depends on when the coordinator rejects it (under TLS 1.3 the client can finish its half
        // first and only sees the connection dropped): then Akka stops the node and it exits 3 saying why; otherwise it
        // keeps trying, as the plain one does. Either way it never joined (above).
        Assert.Contains("Issuer: CN=foreign test CA", coordinator);
        int exit = await impostor.WaitForExitAsync(TimeSpan.FromSeconds(10));
        if (exit != -1)
        {
            Assert.True(exit == 3, $"{impostor.Name} stopped with exit {exit}, expected 3:\n{impostor.Output}");
            Assert.Contains("Remoting's TLS handshake with a peer failed", impostor.Output);
        }
    }

    /// <summary>Polls the node's readiness for <paramref name="watch"/>; true if it was ready even once.</summary>
    private static async Task<bool> EverReadyAsync(NodeProcess node, TimeSpan watch)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < watch)
        {
            if (await node.IsReadyAsync())
                return true;
            await Task.Delay(250);
        }

        return false;
    }
}
