using System.Diagnostics;
using VixShield.Grid.Worker;
using VixShield.Sweeps.Planning;

namespace VixShield.Grid.Embedded;

/// <summary>
/// Sizes an embedded sweep's units from the engine's measured rate on this sweep's own first sets: about a second of
/// work each, but at least four units per worker so that the workers finish together. Results never depend on it.
/// </summary>
public static class UnitSizing
{
    private const int WarmUpSets = 4;
    private const int TimedSets = 16;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    /// <summary>Runs a few sets (warming the JIT, then timed) and returns the unit size and the measured sets per second of one worker.</summary>
    public static (long UnitSize, double SetsPerSecond) Measure(SweepRun run, int workers)
    {
        long total = run.Sweep.Grid.Count;
        if (total == 0)
            return (1, 0);
        for (long i = 0; i < Math.Min(WarmUpSets, total); i++)
            run.RunSet(i);
        long timed = Math.Min(TimedSets, total);
        var clock = Stopwatch.StartNew();
        for (long i = 0; i < timed; i++)
            run.RunSet(total - 1 - i * (total / timed)); // spread over the grid: its far end may cost more than its start
        double rate = timed / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        return (Size(total, rate, workers), rate);
    }

    public static long Size(long totalSets, double setsPerSecond, int workers)
    {
        long size = WorkUnitPlanner.Plan(totalSets, setsPerSecond, Target).UnitSize;
        long balanced = Math.Max(1, totalSets / (4L * Math.Max(1, workers)));
        return Math.Clamp(Math.Min(size, balanced), 1, Coordinator.CoordinatorSettings.MaxUnitSize);
    }
}
