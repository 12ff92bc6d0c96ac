using VixShield.Grid.Coordinator;
using VixShield.Sweeps;

namespace VixShield.Grid.Embedded;

/// <summary>How an embedded sweep ended: its final status (with every set's result when completed) and how much came from an earlier run.</summary>
public sealed record EmbeddedSweepOutcome(SweepDefinition Sweep, string SweepId, SweepStatus Status, long SetsAtStart, TimeSpan Elapsed)
{
    /// <summary>Sets computed by this run per second.</summary>
    public double SetsPerSecond => Elapsed > TimeSpan.Zero ? (Status.Results.Count - SetsAtStart) / Elapsed.TotalSeconds : 0;
}
