using Akka.Actor;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Api;

/// <summary>What the sweep API talks to and the limits it holds submissions to.</summary>
/// <remarks>A class rather than a record: a record's generated <c>ToString</c> would print the bearer token into any log of the options.</remarks>
public sealed class SweepApiOptions
{
    /// <summary>1 MiB: sweep files are a few kilobytes; anything near this is a mistake or an attack.</summary>
    public const long DefaultMaxRequestBytes = 1L << 20;

    /// <summary>10 s: long enough for a busy coordinator, short enough that a client learns of a singleton hand-over quickly.</summary>
    public static readonly TimeSpan DefaultAskTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Asks time out after at most this long, so a request never hangs on a coordinator that is gone.</summary>
    public static readonly TimeSpan MaxAskTimeout = TimeSpan.FromMinutes(2);

    private Func<IActorRef>? _coordinator;
    private Func<ActorSystem>? _system;

    /// <summary>The coordinator (in production the cluster singleton's proxy).</summary>
    public IActorRef Coordinator
    {
        get => (_coordinator ?? throw new InvalidOperationException("no coordinator configured"))();
        init => _coordinator = () => value;
    }

    /// <summary>The coordinator, looked up on each request: a host maps its endpoints before its actor system exists.</summary>
    public Func<IActorRef> CoordinatorFrom
    {
        init => _coordinator = value;
    }

    /// <summary>The node's actor system, configured with the journal: results are read from it (<see cref="Results.SweepResultsQuery"/>).</summary>
    public ActorSystem System
    {
        get => (_system ?? throw new InvalidOperationException("no actor system configured"))();
        init => _system = () => value;
    }

    /// <summary>The actor system, looked up on each request (see <see cref="CoordinatorFrom"/>).</summary>
    public Func<ActorSystem> SystemFrom
    {
        init => _system = value;
    }

    /// <summary>When set, every call needs <c>Authorization: Bearer</c> with this token; null leaves the API open (a trusted network only).</summary>
    public string? BearerToken { get; init; }

    /// <summary>Largest sweep file accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Largest grid accepted (parameter sets of one sweep): a typo in a range should not occupy the cluster for a month.</summary>
    public long MaxParameterSets { get; init; } = 100_000_000;

    /// <summary>Submitted files are read as if they lived in this folder, so a relative <c>data:</c> resolves against it. Default: the node's working folder.</summary>
    public string SweepFolder { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// Where <c>GET /sweeps/{id}/report/</c> keeps the reports it builds, one folder per sweep id (a finished sweep's
    /// results never change, so a report is built once). Default: <c>vixshield-reports</c> under the temp folder.
    /// </summary>
    public string ReportFolder { get; init; } = Path.Combine(Path.GetTempPath(), "vixshield-reports");

    /// <summary>Datasets for the reports' re-runs; a node passes the cache its worker uses, so a dataset is loaded once.</summary>
    public TapeCache Tapes { get; init; } = new();

    /// <summary>How long a request waits for the coordinator before answering 503.</summary>
    public TimeSpan AskTimeout { get; init; } = DefaultAskTimeout;

    /// <summary>Throws on a setting that cannot work, at startup rather than on the first request.</summary>
    internal void Validate()
    {
        if (_coordinator is null || _system is null)
            throw new ArgumentException("the API needs a coordinator and an actor system");
        if (BearerToken is not null && string.IsNullOrWhiteSpace(BearerToken))
            throw new ArgumentException("the bearer token is empty; leave it null for an open API", nameof(BearerToken));
        if (MaxRequestBytes < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxRequestBytes), MaxRequestBytes, "must be at least 1 byte");
        if (MaxParameterSets < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxParameterSets), MaxParameterSets, "must be at least 1");
        if (AskTimeout <= TimeSpan.Zero || AskTimeout > MaxAskTimeout)
            throw new ArgumentOutOfRangeException(nameof(AskTimeout), AskTimeout, $"must be above 0 and at most {MaxAskTimeout.TotalSeconds:0} s");
        if (!Path.IsPathFullyQualified(ReportFolder))
            throw new ArgumentException($"the report folder must be an absolute path, not '{ReportFolder}'", nameof(ReportFolder));
        if (!Path.IsPathFullyQualified(SweepFolder))
            throw new ArgumentException($"the sweep folder must be an absolute path, not '{SweepFolder}'", nameof(SweepFolder));
    }
}
