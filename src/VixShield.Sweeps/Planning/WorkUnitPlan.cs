using System.Collections;

namespace VixShield.Sweeps.Planning;

/// <summary>
/// A sweep cut into work units of <see cref="UnitSize"/> sets each, the last one shorter; computed per unit, never
/// materialised, so a plan of millions of units costs nothing.
/// </summary>
public sealed class WorkUnitPlan : IReadOnlyList<WorkUnit>
{
    /// <summary>Requires total ≥ 0 and unit size ≥ 1 with at most <see cref="int.MaxValue"/> units.</summary>
    public WorkUnitPlan(long totalSets, long unitSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalSets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitSize);
        long units = totalSets / unitSize + (totalSets % unitSize == 0 ? 0 : 1);
        if (units > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(unitSize), $"{units} units do not fit an int id; use a larger unit");
        TotalSets = totalSets;
        UnitSize = unitSize;
        Count = (int)units;
    }

    public long TotalSets { get; }

    public long UnitSize { get; }

    /// <summary>How many units.</summary>
    public int Count { get; }

    public WorkUnit this[int id]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
            long first = id * UnitSize;
            return new WorkUnit(id, first, Math.Min(UnitSize, TotalSets - first));
        }
    }

    /// <summary>The unit that holds parameter set <paramref name="setIndex"/>.</summary>
    public WorkUnit UnitOf(long setIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(setIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(setIndex, TotalSets);
        return this[(int)(setIndex / UnitSize)];
    }

    public IEnumerator<WorkUnit> GetEnumerator()
    {
        for (int id = 0; id < Count; id++)
            yield return this[id];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
