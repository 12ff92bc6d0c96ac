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
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    /// <summary>Long enough for tiered compilation to promote the engine's hot paths: timing cold code would size units for a rate several times too low.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan Timed = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs sets spread over the grid (warming the JIT, then timed) and returns the unit size and the measured sets per second of one worker.</summary>
    public static (long UnitSize, double SetsPerSecond) Measure(SweepRun run, int workers)
    {
        long total = run.Sweep.Grid.Count;
        if (total == 0)
            return (1, 0);
        // A stride through the grid: its far end may cost more than its start (wider wings, more hedge layers).
        long stride = Math.Max(1, total / 97), next = 0;
        long RunFor(TimeSpan budget)
        {
            var clock = Stopwatch.StartNew();
            long sets = 0;
            while (clock.Elapsed < budget)
            {
                run.RunSet(next);
                next = (next + stride) % total;
                sets++;
            }

            return sets;
        }

        RunFor(WarmUp);
        var timing = Stopwatch.StartNew();
        long timed = RunFor(Timed);
        double rate = timed / timing.Elapsed.TotalSeconds;
        return (Size(total, rate, workers), rate);
    }

    public static long Size(long totalSets, double setsPerSecond, int workers)
    {
        long size = WorkUnitPlanner.Plan(totalSets, setsPerSecond, Target).UnitSize;
        long balanced = Math.Max(1, totalSets / (4L * Math.Max(1, workers)));
        return Math.Clamp(Math.Min(size, balanced), 1, Coordinator.CoordinatorSettings.MaxUnitSize);
    }
}
