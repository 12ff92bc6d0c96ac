using VixShield.Core.Engine;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Results;
using VixShield.Sweeps;

namespace VixShield.Grid.Embedded;

/// <summary>How an embedded sweep ended: its final status, every set's result when completed (read back from the journal), and how much came from an earlier run.</summary>
public sealed record EmbeddedSweepOutcome(
    SweepDefinition Sweep, string SweepId, SweepStatus Status, IReadOnlyList<SetResult> Results, long SetsAtStart, TimeSpan Elapsed)
{
    /// <summary>The sweep's dataset as the node loaded it, for a report's re-runs without loading it again.</summary>
    public MarketContext? Market { get; init; }

    /// <summary>Worker slots (cores) of the one node; set by <see cref="EmbeddedSweep"/>.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>The output folder's <c>run.json</c>: one node with <see cref="Workers"/> cores; null until the sweep has finished.</summary>
    public SweepRunRecord? Run => Status is { AcceptedAtUtc: { } accepted, FinishedAtUtc: { } finished }
        ? new SweepRunRecord(SweepId, Sweep.Name, Sweep.SourcePath, accepted, finished, Nodes: 1, Cores: Workers)
        : null;

    /// <summary>Sets computed by this run per second.</summary>
    public double SetsPerSecond => Elapsed > TimeSpan.Zero ? (Status.SetsDone - SetsAtStart) / Elapsed.TotalSeconds : 0;
}
