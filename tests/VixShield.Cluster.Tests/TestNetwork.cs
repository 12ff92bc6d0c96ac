using System.Runtime.InteropServices;
using VixShield.Testing;

namespace VixShield.Cluster.Tests;

/// <summary>
/// Hosts as network namespaces, like pods: each gets a veth whose other end is a port of a bridge in the root namespace,
/// and an address in 10.213.141.0/25. The whole 10.213.141.0/24 is blackholed in the root namespace first, so that the
/// test subnet can never be routed anywhere but to the bridge (whose /25 is more specific); everything is removed
/// again on dispose, also after a failure half way.
/// </summary>
internal sealed class TestNetwork : IAsyncDisposable
{
    public const string Subnet = "10.213.141.0/24";
    private const string Prefix = "10.213.141";
    private static readonly TimeSpan CommandBound = TimeSpan.FromSeconds(20);

    // Interface names are at most 15 characters: "vxg" + 4 hex digits + a suffix of at most 3.
    private readonly string _id = Convert.ToHexString(BitConverter.GetBytes(Random.Shared.Next())).ToLowerInvariant()[..4];
    private readonly List<string> _namespaces = [];
    private readonly List<string> _links = [];
    private bool _blackholed;
    private bool _bridged;

    private TestNetwork()
    {
    }

    /// <summary>Null when the test can run; otherwise why not (network namespaces need root).</summary>
    public static string? UnavailableReason =>
        GetEffectiveUserId() != 0 ? "network namespaces need root (CI runs as root)" : null;

    private string Bridge => $"vxg{_id}br";

    /// <summary>Creates the bridge and one namespace per host; host i (0-based) has address 10.213.141.(11 + i).</summary>
    public static async Task<TestNetwork> CreateAsync(int hosts)
    {
        if (!File.Exists("/usr/sbin/ip") && !File.Exists("/sbin/ip") && !File.Exists("/usr/bin/ip"))
            throw new InvalidOperationException("the ip command (iproute2) is missing: .ci/setup installs it");
        var network = new TestNetwork();
        try
        {
            // The blackhole comes first: from here on no packet to the test subnet can leave the machine.
            var blackhole = await Command.RunAsync("ip", ["route", "add", "blackhole", Subnet], CommandBound);
            if (!blackhole.Succeeded)
            {
                throw new InvalidOperationException($"cannot add the blackhole route for the test subnet {Subnet} (a run killed half way may have "
                    + $"left it and its vxg* links and namespaces behind: ip route del blackhole {Subnet}):\n{blackhole}");
            }

            network._blackholed = true;
            await network.IpAsync("link", "add", network.Bridge, "type", "bridge");
            network._bridged = true;
            await network.IpAsync("addr", "add", $"{Prefix}.1/25", "dev", network.Bridge);
            await network.IpAsync("link", "set", network.Bridge, "up");
            for (int i = 0; i < hosts; i++)
                await network.AddHostAsync(i);
            return network;
        }
        catch
        {
            await network.DisposeAsync();
            throw;
        }
    }

    /// <summary>The namespace of host <paramref name="index"/>.</summary>
    public string Namespace(int index) => $"vxg{_id}-h{index}";

    public static string Address(int index) => $"{Prefix}.{11 + index}";

    /// <summary>A node site in host <paramref name="index"/>'s namespace: its own address, the default ports, started through ip netns exec.</summary>
    public NodeSite Site(int index) => new(Address(index), 4053, 8080, ["ip", "netns", "exec", Namespace(index)]);

    /// <summary>Takes host <paramref name="index"/>'s cable out: its bridge port goes down, and no packet passes either way.</summary>
    public Task CutAsync(int index) => IpAsync("link", "set", HostEnd(index), "down");

    public async ValueTask DisposeAsync()
    {
        var problems = new List<string>();
        async Task Undo(params string[] args)
        {
            var result = await Command.RunAsync("ip", args, CommandBound);
            if (!result.Succeeded)
                problems.Add(result.ToString());
        }

        // Deleting one end of a veth deletes the pair. A deleted namespace would take its end along only once the kernel
        // gets round to destroying it, which was seen to leave the bridge's ends behind: delete them explicitly first.
        foreach (string link in _links)
            await Undo("link", "delete", link);
        foreach (string ns in _namespaces)
            await Undo("netns", "delete", ns);
        if (_bridged)
            await Undo("link", "delete", Bridge, "type", "bridge");
        if (_blackholed)
            await Undo("route", "delete", "blackhole", Subnet);
        if (problems.Count > 0)
            throw new InvalidOperationException("the test network was not removed completely:\n" + string.Join("\n", problems));
    }

    private string HostEnd(int index) => $"vxg{_id}v{index}";

    private async Task AddHostAsync(int index)
    {
        string ns = Namespace(index);
        string hostEnd = HostEnd(index);
        string podEnd = $"vxg{_id}p{index}";
        await IpAsync("netns", "add", ns);
        _namespaces.Add(ns);
        await IpAsync("link", "add", hostEnd, "type", "veth", "peer", "name", podEnd, "netns", ns);
        _links.Add(hostEnd);
        await IpAsync("link", "set", hostEnd, "master", Bridge);
        await IpAsync("link", "set", hostEnd, "up");
        await IpAsync("-n", ns, "addr", "add", $"{Address(index)}/25", "dev", podEnd);
        await IpAsync("-n", ns, "link", "set", podEnd, "up");
        await IpAsync("-n", ns, "link", "set", "lo", "up");
    }

    private async Task IpAsync(params string[] args)
    {
        var result = await Command.RunAsync("ip", args, CommandBound);
        if (!result.Succeeded)
            throw new InvalidOperationException($"setting up the test network failed:\n{result}");
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
