namespace VixShield.Sweeps.Planning;

/// <summary>Sizes work units so each takes about a target time at a measured backtest rate: deterministic for the same inputs.</summary>
public static class WorkUnitPlanner
{
    /// <summary>
    /// Units of floor(setsPerSecond × target) sets (at least 1, at most the total), the last one shorter; the size grows
    /// if the units would not fit an int id. A total of 0 gives no units.
    /// </summary>
    public static WorkUnitPlan Plan(long totalSets, double setsPerSecond, TimeSpan target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalSets);
        if (!(setsPerSecond > 0) || double.IsInfinity(setsPerSecond))
            throw new ArgumentOutOfRangeException(nameof(setsPerSecond), setsPerSecond, "must be a positive finite rate");
        if (target <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(target), target, "must be positive");
        double ideal = Math.Floor(setsPerSecond * target.TotalSeconds);
        long size = ideal >= long.MaxValue ? long.MaxValue : Math.Max(1, (long)ideal);
        size = Math.Min(size, Math.Max(1, totalSets));
        long smallestSizeForIntIds = totalSets / int.MaxValue + (totalSets % int.MaxValue == 0 ? 0 : 1);
        return new WorkUnitPlan(totalSets, Math.Max(size, Math.Max(1, smallestSizeForIntIds)));
    }
}
