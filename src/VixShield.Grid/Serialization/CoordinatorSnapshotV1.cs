using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Serialization;

/// <summary>
/// The first snapshot shape (<c>CoordinatorSnapshot.v1</c>), which carried every completed unit's results. Read only, so
/// that journals written before results moved out of snapshots still recover; the results themselves stay readable from
/// the journal's <see cref="UnitCompleted"/> events.
/// </summary>
internal sealed record CoordinatorSnapshotV1(IReadOnlyList<CoordinatorSnapshotV1.Sweep> Sweeps)
{
    public sealed record Sweep(
        SweepAccepted Accepted, SweepPhase Phase, string? Error, int NextFresh, IReadOnlyList<int> Requeued,
        IReadOnlyList<UnitDispatched> InFlight, IReadOnlyList<UnitFailureCount> Failures, IReadOnlyList<UnitCompleted> Done);

    public CoordinatorSnapshot Upgrade() => new(Sweeps.Select(s => new SweepSnapshot(
        s.Accepted, s.Phase, s.Error, null, s.NextFresh, s.Requeued, s.InFlight, s.Failures,
        Runs(s.Done.Select(d => d.UnitId)), s.Done.Sum(d => (long)d.Results.Count))).ToArray());

    private static UnitRun[] Runs(IEnumerable<int> units)
    {
        var runs = new List<UnitRun>();
        foreach (int unit in units.Distinct().Order())
        {
            if (runs.Count > 0 && runs[^1].First + runs[^1].Count == unit)
                runs[^1] = runs[^1] with { Count = runs[^1].Count + 1 };
            else
                runs.Add(new UnitRun(unit, 1));
        }

        return runs.ToArray();
    }
}
