using System.Text;
using VixShield.Cli.Node;

namespace VixShield.Deploy.Tests;

/// <summary>
/// The deployments against the application: every environment variable and command-line option the Kubernetes
/// manifests, the compose file and the image give a vixshield container is one the application reads, and every
/// setting a node needs is given.
/// </summary>
public sealed class SettingsTests(DeployFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Settings the deployments already pass although the application does not read them yet. Each entry is an
    /// environment variable, "COMMAND --option", or "vixshield COMMAND" for a whole command. Empty an entry once the
    /// application reads it (the test warns when an entry has become stale). Nothing is pending now: the node reads the
    /// production overlay's remoting TLS settings too.
    /// </summary>
    private static readonly string[] PendingInApplication = [];

    /// <summary>Variables that something other than vixshield's own code reads inside its process, and why.</summary>
    private static readonly (string Name, bool Prefix, string Reader)[] Standard =
    [
        ("DOTNET_", true, "the .NET host and runtime"),
        ("ASPNETCORE_", true, "ASP.NET Core's host configuration (the node's Kestrel)"),
        ("SSL_CERT_FILE", false, "OpenSSL's trusted CA bundle, which .NET uses to validate certificates on Linux"),
        ("SSL_CERT_DIR", false, "OpenSSL's trusted CA folder, which .NET uses to validate certificates on Linux"),
        ("PGUSER", false, "Npgsql's default user name for the journal's database"),
        ("PGPASSWORD", false, "Npgsql's default password for the journal's database"),
    ];

    [Fact]
    public void Every_variable_and_option_the_deployments_set_is_one_vixshield_reads()
    {
        var containers = Deployments.AllKubernetes(fixture).Concat(Deployments.Compose(fixture)).ToList();
        Assert.NotEmpty(containers);
        var verdicts = new SortedDictionary<(string Setting, string Verdict), SortedSet<string>>();
        var unknown = new List<string>();
        var pendingUsed = new HashSet<string>(StringComparer.Ordinal);

        void Note(string setting, string verdict, string where, bool ok)
        {
            if (!verdicts.TryGetValue((setting, verdict), out var places))
                verdicts[(setting, verdict)] = places = new SortedSet<string>(StringComparer.Ordinal);
            places.Add(where);
            if (!ok)
                unknown.Add($"{setting} ({verdict}) in {where}");
        }

        foreach (var container in containers)
        {
            var expanded = container.IsKubernetes ? container.ExpansionReferences() : new HashSet<string>();
            foreach (var env in container.Env.DistinctBy(e => e.Name))
            {
                bool fromImage = container.Env.Where(e => e.Name == env.Name).All(e => e.From == "the image");
                var (verdict, ok) = ClassifyVariable(env.Name, container.Command, fromImage, expanded);
                if (verdict.StartsWith("pending", StringComparison.Ordinal))
                    pendingUsed.Add(env.Name);
                Note(env.Name, verdict, container.Where, ok);
            }

            Assert.True(fixture.Help.TryGetValue(container.Command, out var help),
                $"{container.Where} runs 'vixshield {container.Command}', whose options the tests do not know: add it to CommandHelp.Deployed");
            foreach (string option in container.OptionNames.Distinct())
            {
                var (verdict, ok) = ClassifyOption(help!, option);
                if (verdict.StartsWith("pending", StringComparison.Ordinal))
                    pendingUsed.Add(help!.Exists ? $"{help.Command} {option}" : $"vixshield {help.Command}");
                Note($"{container.Command} {option}", verdict, container.Where, ok);
            }
        }

        var report = new StringBuilder("setting | verdict | where\n");
        foreach (var ((setting, verdict), where) in verdicts)
            report.AppendLine($"{setting} | {verdict} | {string.Join(", ", where.Select(Shorten).Distinct())}");
        output.WriteLine(report.ToString());

        // An entry the application now reads, or that no deployment uses any more, should leave the list.
        foreach (string entry in PendingInApplication.Where(p => !pendingUsed.Contains(p)))
        {
            string message = $"PendingInApplication lists '{entry}', which no deployment needs to excuse any more: remove it from the list";
            output.WriteLine(message);
            TestContext.Current.AddWarning(message);
        }

        Assert.True(unknown.Count == 0,
            "The deployments set what the application does not read:\n  " + string.Join("\n  ", unknown)
            + $"\nThe node reads: {string.Join(", ", NodeEnvironment.All)}.\nCommand options: "
            + string.Join("; ", fixture.Help.Values.Select(h => $"{h.Command}: {(h.Exists ? string.Join(" ", h.Options) : "(no such command)")}")));
    }

    [Fact]
    public void Every_setting_a_node_needs_is_given()
    {
        var containers = Deployments.AllKubernetes(fixture).Concat(Deployments.Compose(fixture)).Where(c => c.Command == "node").ToList();
        var help = fixture.Help["node"];
        Assert.True(help.Exists, "vixshield node --help did not describe the node command:\n" + help.Text);
        var missing = new List<string>();
        var table = new StringBuilder();
        foreach (var node in containers)
        {
            string? Setting(string variable)
            {
                // An option on the command line wins over the variable it falls back to.
                var option = help.EnvironmentOf.FirstOrDefault(p => p.Value == variable).Key;
                if (option is not null && node.OptionValues(option) is { Count: > 0 } values)
                    return string.Join(",", values);
                var env = node.Env.LastOrDefault(e => e.Name == variable);
                return env is null ? null : env.Value ?? $"<{env.From}>";
            }

            string[] roles = (Setting(NodeEnvironment.Roles) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string where = node.Where;
            void Require(string variable, Func<string, bool> good, string why)
            {
                string? value = Setting(variable);
                if (value is null || !good(value))
                    missing.Add($"{where}: {variable} {(value is null ? "is not set" : $"is '{value}'")}; {why}");
            }

            Require(NodeEnvironment.Roles, _ => roles.Length > 0 && roles.All(r => r is "coordinator" or "worker"), "roles are coordinator and/or worker");
            Require(NodeEnvironment.Seeds, v => v.Length > 0, "a node joins the cluster through its seeds");
            Require(NodeEnvironment.Http, v => v.Contains(':'), "the health probes need the HTTP endpoint");
            Require(NodeEnvironment.Host, v => !v.StartsWith("127.", StringComparison.Ordinal) && v != "localhost",
                "remoting bound to loopback cannot be reached from other containers");
            Require(NodeEnvironment.PublicHost, v => v.Length > 0 && v != "0.0.0.0", "other nodes need an address to reach this one by");
            if (roles.Contains("coordinator"))
            {
                Require(NodeEnvironment.Journal, v => v.StartsWith("postgres:", StringComparison.Ordinal), "a coordinator's journal must outlive its container");
                Require(NodeEnvironment.ApiTokenFile, v => v.Length > 0, "the sweep API must not be open to anyone who reaches it");
            }

            table.AppendLine($"{Shorten(where)}: roles {string.Join("+", roles)}; "
                + string.Join("; ", NodeEnvironment.All.Select(v => (v, Setting(v))).Where(p => p.Item2 is not null).Select(p => $"{p.v}={p.Item2}")));
        }

        output.WriteLine(table.ToString());
        foreach (string deployment in fixture.Kustomizations.Where(k => k.Contains("/base") || k.Contains("/overlays/")).Append(Repository.Relative(Repository.Compose)))
        {
            var roles = containers.Where(c => c.Where.Contains(deployment + ":") || c.Where.StartsWith(deployment + " ", StringComparison.Ordinal))
                .Select(c => c.Variable(NodeEnvironment.Roles)).ToList();
            Assert.True(roles.Contains("coordinator") && roles.Contains("worker"), $"{deployment} should run coordinator and worker nodes; it runs [{string.Join(", ", roles)}]");
        }

        Assert.True(missing.Count == 0, "Settings a node needs are missing or wrong:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void Kubernetes_expands_each_reference_from_a_variable_defined_before_it()
    {
        var problems = new List<string>();
        foreach (var container in Deployments.AllKubernetes(fixture))
        {
            var own = container.Env.Where(e => e.From != "the image").ToList();
            for (int i = 0; i < own.Count; i++)
            {
                foreach (string name in new DeployedContainer("", [own[i]], [], true).ExpansionReferences())
                {
                    if (!own.Take(i).Any(e => e.Name == name))
                        problems.Add($"{container.Where}: {own[i].Name} uses $({name}), which is not defined before it (Kubernetes would leave it unexpanded)");
                }
            }

            foreach (string name in new DeployedContainer("", [], container.Arguments, true).ExpansionReferences())
            {
                if (own.All(e => e.Name != name))
                    problems.Add($"{container.Where}: an argument uses $({name}), which the container does not define");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static (string Verdict, bool Ok) ClassifyVariable(string name, string command, bool fromImage, IReadOnlySet<string> expanded)
    {
        if (command == "node" && NodeEnvironment.All.Contains(name))
            return ("read by vixshield node (NodeEnvironment.All)", true);
        if (fromImage && NodeEnvironment.All.Contains(name))
            return ("the image's default for vixshield node; unused by this command", true);
        if (Standard.FirstOrDefault(s => s.Prefix ? name.StartsWith(s.Name, StringComparison.Ordinal) : name == s.Name) is { Name: not null } standard)
            return ($"read by {standard.Reader}", true);
        if (expanded.Contains(name))
            return ("only expanded into other settings by Kubernetes ($(NAME))", true);
        if (PendingInApplication.Contains(name))
            return ("pending: the application does not read it yet", true);
        return ("read by nothing", false);
    }

    private static (string Verdict, bool Ok) ClassifyOption(CommandHelp help, string option)
    {
        if (!help.Exists)
        {
            return PendingInApplication.Contains($"vixshield {help.Command}")
                ? ("pending: the command is not in this build yet", true)
                : ($"vixshield has no '{help.Command}' command", false);
        }

        if (help.Options.Contains(option))
            return ($"an option of vixshield {help.Command}", true);
        return PendingInApplication.Contains($"{help.Command} {option}")
            ? ("pending: the application does not read it yet", true)
            : ($"not an option of vixshield {help.Command}", false);
    }

    private static string Shorten(string where) => where.Replace("kubectl kustomize ", "", StringComparison.Ordinal);
}
