using VixShield.Grid.Coordinator;
using VixShield.Sweeps;

namespace VixShield.Grid.Embedded;

/// <summary>How an embedded sweep ended: its final status, every set's result when completed (read back from the journal), and how much came from an earlier run.</summary>
public sealed record EmbeddedSweepOutcome(
    SweepDefinition Sweep, string SweepId, SweepStatus Status, IReadOnlyList<SetResult> Results, long SetsAtStart, TimeSpan Elapsed)
{
    /// <summary>Sets computed by this run per second.</summary>
    public double SetsPerSecond => Elapsed > TimeSpan.Zero ? (Status.SetsDone - SetsAtStart) / Elapsed.TotalSeconds : 0;
}
