using k8s.Models;

namespace VixShield.Deploy.Tests;

/// <summary>
/// What the rendered manifests must mean for the grid, beyond being valid Kubernetes: seeds that match the coordinator
/// pods' own names, probes on the health endpoints, locked-down pods, time to leave gracefully, read-only market data,
/// sizing, disruption budgets, network policies, and secrets only from Secrets.
/// </summary>
public sealed class GridManifestTests(DeployFixture fixture)
{
    public static TheoryData<string> Grids => new() { "k8s/base", "k8s/overlays/dev", "k8s/overlays/production" };

    private const string Coordinator = "vixshield-coordinator";
    private const string Worker = "vixshield-worker";

    [Theory]
    [MemberData(nameof(Grids))]
    public void Seeds_are_the_coordinator_pods_named_as_each_pod_names_itself(string grid)
    {
        var coordinators = One<V1StatefulSet>(grid, Coordinator);
        var headless = One<V1Service>(grid, coordinators.Spec.ServiceName);
        Assert.Equal("None", headless.Spec.ClusterIP);
        Assert.True(headless.Spec.PublishNotReadyAddresses, "seeds must resolve before they are ready");
        string domain = $"{coordinators.Spec.ServiceName}.$(POD_NAMESPACE).svc.cluster.local";
        string[] seeds = Enumerable.Range(0, coordinators.Spec.Replicas ?? 1).Select(i => $"{coordinators.Metadata.Name}-{i}.{domain}:4053").ToArray();

        var coordinator = Node(grid, $"StatefulSet/{Coordinator}");
        Assert.Equal("$(POD_NAME)." + domain, coordinator.Variable("VIXSHIELD_PUBLIC_HOST"));
        Assert.Contains(coordinator.Env, e => e is { Name: "POD_NAME", From: "field metadata.name" });
        Assert.Contains(coordinator.Env, e => e is { Name: "POD_NAMESPACE", From: "field metadata.namespace" });
        var worker = Node(grid, $"Deployment/{Worker}");
        Assert.Equal("$(POD_IP)", worker.Variable("VIXSHIELD_PUBLIC_HOST"));
        Assert.Contains(worker.Env, e => e is { Name: "POD_IP", From: "field status.podIP" });
        foreach (var node in new[] { coordinator, worker })
        {
            Assert.Equal(seeds, node.Variable("VIXSHIELD_SEEDS")!.Split(','));
            Assert.Equal("0.0.0.0", node.Variable("VIXSHIELD_HOST"));
            Assert.Equal("4053", node.Variable("VIXSHIELD_PORT"));
        }

        Assert.Equal(4053, Container(coordinators.Spec.Template.Spec).Ports.Single(p => p.Name == "remoting").ContainerPort);
        Assert.Equal("remoting", headless.Spec.Ports.Single(p => p.Port == 4053).TargetPort.Value);
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Probes_ask_the_health_endpoints_with_timeouts(string grid)
    {
        foreach (var (owner, spec) in NodePods(grid))
        {
            var container = Container(spec);
            var node = Node(grid, owner);
            int httpPort = int.Parse(node.Variable("VIXSHIELD_HTTP")!.Split(':')[^1]);
            Assert.Equal(httpPort, container.Ports.Single(p => p.Name == "http").ContainerPort);
            foreach (var (probe, path) in new[] { (container.StartupProbe, "/health/live"), (container.LivenessProbe, "/health/live"), (container.ReadinessProbe, "/health/ready") })
            {
                Assert.NotNull(probe);
                Assert.Equal(path, probe.HttpGet.Path);
                Assert.Equal("http", probe.HttpGet.Port.Value);
                Assert.InRange(probe.TimeoutSeconds ?? 1, 2, 10);
            }

            // The coordinator's readiness check waits up to 4 s for the singleton: the probe must wait longer.
            if (owner.StartsWith("StatefulSet", StringComparison.Ordinal))
                Assert.True(container.ReadinessProbe.TimeoutSeconds >= 5, $"{grid} {owner}: readiness timeout {container.ReadinessProbe.TimeoutSeconds} s");
        }
    }

    [Fact]
    public void Every_pod_runs_locked_down()
    {
        foreach (string kustomization in fixture.Kustomizations)
        {
            foreach (var (owner, spec) in DeployedContainer.PodSpecs(fixture.Objects(kustomization)))
            {
                string where = $"{kustomization} {owner}";
                Assert.True(spec.SecurityContext?.RunAsNonRoot == true, $"{where}: runAsNonRoot");
                Assert.True(spec.SecurityContext?.RunAsUser > 0, $"{where}: a numeric non-root runAsUser");
                Assert.Equal("RuntimeDefault", spec.SecurityContext?.SeccompProfile?.Type);
                Assert.False(spec.AutomountServiceAccountToken ?? true, $"{where}: no service account token");
                Assert.False(spec.EnableServiceLinks ?? true, $"{where}: no service link variables");
                foreach (var container in spec.Containers)
                {
                    var security = container.SecurityContext;
                    Assert.True(security?.AllowPrivilegeEscalation == false, $"{where} {container.Name}: allowPrivilegeEscalation false");
                    Assert.True(security?.ReadOnlyRootFilesystem == true, $"{where} {container.Name}: readOnlyRootFilesystem");
                    Assert.Equal(["ALL"], security?.Capabilities?.Drop ?? []);
                    Assert.Null(security?.Capabilities?.Add);
                    Assert.NotNull(container.Resources?.Limits?["memory"]);
                    // A read-only root needs a writable /tmp (results downloads, .NET's temporary files).
                    var tmp = container.VolumeMounts.SingleOrDefault(m => m.MountPath == "/tmp");
                    Assert.True(tmp is not null && spec.Volumes.Single(v => v.Name == tmp.Name).EmptyDir is not null, $"{where} {container.Name}: /tmp from an emptyDir");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Nodes_have_time_to_leave_gracefully_and_nothing_ends_them_sooner(string grid)
    {
        foreach (var (owner, spec) in NodePods(grid))
        {
            Assert.InRange(spec.TerminationGracePeriodSeconds ?? 30, 30, 120);
            Assert.Null(Container(spec).Lifecycle?.PreStop);
            Assert.Equal(Container(spec).Ports.Select(p => p.ContainerPort).Order(), [4053, 8080]);
            _ = owner;
        }
    }

    [Fact]
    public void Market_data_is_read_only_except_for_the_job_that_generates_it()
    {
        Assert.Equal(["ReadOnlyMany"], One<V1PersistentVolumeClaim>("k8s/base", "vixshield-market-data").Spec.AccessModes);
        foreach (string kustomization in fixture.Kustomizations)
        {
            foreach (var (owner, spec) in DeployedContainer.PodSpecs(fixture.Objects(kustomization)))
            {
                var volume = spec.Volumes?.SingleOrDefault(v => v.PersistentVolumeClaim?.ClaimName == "vixshield-market-data");
                if (volume is null)
                    continue;
                var mount = Container(spec).VolumeMounts.Single(m => m.Name == volume.Name);
                Assert.Equal("/data", mount.MountPath);
                bool writer = owner == "Job/vixshield-generate-data";
                Assert.Equal(!writer, volume.PersistentVolumeClaim.ReadOnlyProperty == true);
                Assert.Equal(!writer, mount.ReadOnlyProperty == true);
            }
        }
    }

    [Fact]
    public void Sizes_follow_the_benchmarks_and_grow_from_dev_to_production()
    {
        (int Cores, double MemoryGiB, int MaxPods, int Coordinators) Size(string grid)
        {
            var spec = One<V1Deployment>(grid, Worker).Spec;
            Assert.Null(spec.Replicas); // the autoscaler's
            var resources = Container(spec.Template.Spec).Resources;
            Assert.Equal(resources.Requests["cpu"], resources.Limits["cpu"]);
            Assert.Equal(resources.Requests["memory"], resources.Limits["memory"]);
            int cores = resources.Limits["cpu"].ToInt32();
            double memory = resources.Limits["memory"].ToDouble() / (1L << 30);
            // One 10-year tape (~0.35 GB) per dataset plus the runtime; slots (one core each) follow the CPU limit.
            Assert.True(memory >= 1.0, $"{grid}: {memory:F2} GiB per worker");
            var slots = Node(grid, $"Deployment/{Worker}").Env.Single(e => e.Name == "VIXSHIELD_WORKERS");
            Assert.Equal("resource limits.cpu", slots.From);
            var hpa = One<V2HorizontalPodAutoscaler>(grid, Worker);
            Assert.Equal(("apps/v1", "Deployment", Worker), (hpa.Spec.ScaleTargetRef.ApiVersion, hpa.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name));
            var metric = Assert.Single(hpa.Spec.Metrics);
            Assert.Equal("cpu", metric.Resource.Name);
            Assert.True(hpa.Spec.MinReplicas <= hpa.Spec.MaxReplicas);
            return (cores, memory, hpa.Spec.MaxReplicas, One<V1StatefulSet>(grid, Coordinator).Spec.Replicas ?? 1);
        }

        var dev = Size("k8s/overlays/dev");
        var production = Size("k8s/overlays/production");
        Assert.Equal((1, 1), (dev.Cores, dev.Coordinators));
        Assert.True(production.Cores > dev.Cores && production.MemoryGiB > dev.MemoryGiB && production.MaxPods > dev.MaxPods, $"dev {dev}, production {production}");
        Assert.Equal(3, production.Coordinators);
        _ = Size("k8s/base");
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Disruption_budgets_cover_coordinators_and_workers(string grid)
    {
        var budgets = Objects<V1PodDisruptionBudget>(grid).ToList();
        foreach (var (owner, spec) in NodePods(grid))
        {
            var labels = ((IEnumerable<object>)fixture.Objects(grid)).Select(o => o switch
            {
                V1StatefulSet s when $"StatefulSet/{s.Metadata.Name}" == owner => s.Spec.Template.Metadata.Labels,
                V1Deployment d when $"Deployment/{d.Metadata.Name}" == owner => d.Spec.Template.Metadata.Labels,
                _ => null,
            }).Single(l => l is not null)!;
            Assert.Single(budgets, b => Selects(b.Spec.Selector, labels));
            _ = spec;
        }
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Network_policies_admit_only_what_the_grid_needs(string grid)
    {
        var policies = Objects<V1NetworkPolicy>(grid).ToList();
        var pods = new Dictionary<string, IDictionary<string, string>>
        {
            ["coordinator"] = One<V1StatefulSet>(grid, Coordinator).Spec.Template.Metadata.Labels,
            ["worker"] = One<V1Deployment>(grid, Worker).Spec.Template.Metadata.Labels,
            ["postgres"] = One<V1StatefulSet>(grid, "vixshield-postgres").Spec.Template.Metadata.Labels,
            ["submit job"] = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "vixshield", ["app.kubernetes.io/component"] = "submit" },
            ["other pod"] = new Dictionary<string, string> { ["app"] = "something-else" },
        };
        var expected = new (string From, string To, int Port, bool Allowed)[]
        {
            ("worker", "coordinator", 4053, true), ("coordinator", "worker", 4053, true), ("coordinator", "coordinator", 4053, true),
            ("worker", "worker", 4053, true), ("submit job", "coordinator", 4053, false), ("other pod", "worker", 4053, false),
            ("coordinator", "postgres", 5432, true), ("worker", "postgres", 5432, false), ("submit job", "postgres", 5432, false),
            ("submit job", "coordinator", 8080, true), ("other pod", "coordinator", 8080, true), ("other pod", "worker", 8080, false),
            ("worker", "postgres", 4053, false),
        };
        var wrong = expected.Where(e => Admits(policies, pods[e.From], pods[e.To], e.Port) != e.Allowed)
            .Select(e => $"{e.From} → {e.To}:{e.Port} should be {(e.Allowed ? "admitted" : "refused")}").ToList();
        Assert.True(wrong.Count == 0, $"{grid}:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Database_credentials_and_the_API_token_come_only_from_secrets(string grid)
    {
        var postgres = One<V1StatefulSet>(grid, "vixshield-postgres");
        Assert.Single(postgres.Spec.VolumeClaimTemplates);
        var db = Container(postgres.Spec.Template.Spec);
        Assert.Equal("vixshield-postgres", db.Env.Single(e => e.Name == "POSTGRES_PASSWORD").ValueFrom.SecretKeyRef.Name);

        var coordinator = Node(grid, $"StatefulSet/{Coordinator}");
        Assert.Equal("Secret vixshield-postgres key password", coordinator.Env.Single(e => e.Name == "PGPASSWORD").From);
        string journal = coordinator.Variable("VIXSHIELD_JOURNAL")!;
        Assert.Contains("Password=$(PGPASSWORD)", journal);
        Assert.Contains("Host=vixshield-postgres;", journal);

        var spec = One<V1StatefulSet>(grid, Coordinator).Spec.Template.Spec;
        AssertSecretFile(spec, coordinator.Variable("VIXSHIELD_API_TOKEN_FILE")!, "vixshield-api-token", "token");
        var api = One<V1Service>(grid, "vixshield-api");
        Assert.Equal("ClusterIP", api.Spec.Type);
        Assert.Equal(8080, api.Spec.Ports.Single().Port);
        Assert.True(Selects(new V1LabelSelector { MatchLabels = api.Spec.Selector }, One<V1StatefulSet>(grid, Coordinator).Spec.Template.Metadata.Labels));
    }

    [Fact]
    public void The_submit_job_sends_its_sweep_to_the_API_service_with_the_token_file()
    {
        var job = One<V1Job>("k8s/jobs/submit", "vixshield-submit");
        var container = Assert.Single(DeployedContainer.FromKubernetes("submit", [job], new Dictionary<string, string>()));
        Assert.Equal("submit", container.Command);
        Assert.Equal(["http://vixshield-api:8080"], container.OptionValues("--to"));
        Assert.Contains("--wait", container.Arguments);
        AssertSecretFile(job.Spec.Template.Spec, Assert.Single(container.OptionValues("--token-file")), "vixshield-api-token", "token");
        var sweepFile = container.Arguments[1];
        var mount = Container(job.Spec.Template.Spec).VolumeMounts.Single(m => sweepFile.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
        var map = One<V1ConfigMap>("k8s/jobs/submit", job.Spec.Template.Spec.Volumes.Single(v => v.Name == mount.Name).ConfigMap.Name);
        Assert.Contains(Path.GetFileName(sweepFile), map.Data.Keys);
    }

    [Fact]
    public void Production_remoting_uses_tls_from_a_secret_and_dev_does_not()
    {
        foreach (string owner in new[] { $"StatefulSet/{Coordinator}", $"Deployment/{Worker}" })
        {
            var node = Node("k8s/overlays/production", owner);
            var spec = NodePods("k8s/overlays/production").Single(p => p.Owner == owner).Spec;
            AssertSecretFile(spec, node.Variable("VIXSHIELD_TLS_CERTIFICATE")!, "vixshield-remoting-tls", "remoting.pfx");
            AssertSecretFile(spec, node.Variable("VIXSHIELD_TLS_CERTIFICATE_PASSWORD_FILE")!, "vixshield-remoting-tls", "password");
            AssertSecretFile(spec, node.Variable("SSL_CERT_FILE")!, "vixshield-remoting-tls", "ca.crt");
            Assert.False(Node("k8s/overlays/dev", owner).Has("VIXSHIELD_TLS_CERTIFICATE"));
        }
    }

    private IEnumerable<T> Objects<T>(string kustomization) => fixture.Objects(kustomization).OfType<T>();

    private T One<T>(string kustomization, string name) where T : IMetadata<V1ObjectMeta> =>
        Assert.Single(Objects<T>(kustomization), o => o.Metadata.Name == name);

    private IEnumerable<(string Owner, V1PodSpec Spec)> NodePods(string kustomization) =>
        DeployedContainer.PodSpecs(fixture.Objects(kustomization)).Where(p => p.Owner is $"StatefulSet/{Coordinator}" or $"Deployment/{Worker}");

    private DeployedContainer Node(string kustomization, string owner) =>
        Assert.Single(Deployments.Kubernetes(fixture, kustomization), c => c.Where.Contains($" {owner} container ", StringComparison.Ordinal));

    private static V1Container Container(V1PodSpec spec) => Assert.Single(spec.Containers);

    /// <summary><paramref name="path"/> is the file <paramref name="key"/> of Secret <paramref name="secret"/>, mounted read-only.</summary>
    private static void AssertSecretFile(V1PodSpec spec, string path, string secret, string key)
    {
        var mount = Container(spec).VolumeMounts.SingleOrDefault(m => path.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
        Assert.True(mount is not null, $"{path} is on no mounted volume");
        Assert.True(mount.ReadOnlyProperty, $"{mount.MountPath} is mounted writable");
        var volume = spec.Volumes.Single(v => v.Name == mount.Name);
        Assert.Equal(secret, volume.Secret?.SecretName);
        string file = path[(mount.MountPath.Length + 1)..];
        Assert.Equal(key, volume.Secret!.Items?.SingleOrDefault(i => i.Path == file)?.Key ?? file);
    }

    private static bool Selects(V1LabelSelector? selector, IDictionary<string, string> labels)
    {
        if (selector is null)
            return false;
        bool labelsMatch = (selector.MatchLabels ?? new Dictionary<string, string>()).All(p => labels.TryGetValue(p.Key, out var v) && v == p.Value);
        bool expressionsMatch = (selector.MatchExpressions ?? []).All(e => e.OperatorProperty switch
        {
            "In" => labels.TryGetValue(e.Key, out var v) && e.Values.Contains(v),
            "NotIn" => !labels.TryGetValue(e.Key, out var v) || !e.Values.Contains(v),
            "Exists" => labels.ContainsKey(e.Key),
            "DoesNotExist" => !labels.ContainsKey(e.Key),
            _ => throw new InvalidOperationException($"selector operator {e.OperatorProperty}"),
        });
        return labelsMatch && expressionsMatch;
    }

    /// <summary>NetworkPolicy ingress semantics within one namespace: a pod no policy selects takes anything; otherwise some rule must admit the peer and port.</summary>
    private static bool Admits(IReadOnlyList<V1NetworkPolicy> policies, IDictionary<string, string> from, IDictionary<string, string> to, int port)
    {
        var selecting = policies.Where(p => (p.Spec.PolicyTypes ?? ["Ingress"]).Contains("Ingress") && Selects(p.Spec.PodSelector, to)).ToList();
        if (selecting.Count == 0)
            return true;
        return selecting.SelectMany(p => p.Spec.Ingress ?? []).Any(rule =>
            (rule.FromProperty is null || rule.FromProperty.Count == 0 || rule.FromProperty.Any(peer => peer.NamespaceSelector is null && peer.PodSelector is not null && Selects(peer.PodSelector, from)))
            && (rule.Ports is null || rule.Ports.Count == 0 || rule.Ports.Any(p => p.Port?.Value == port.ToString())));
    }
}
