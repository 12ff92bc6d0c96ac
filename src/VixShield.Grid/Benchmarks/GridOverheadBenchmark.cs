using System.Diagnostics;
using VixShield.Grid.Embedded;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

namespace VixShield.Grid.Benchmarks;

/// <summary>
/// What the grid costs: the same sweep run straight through the engine on every core (no actors, no journal), then by
/// the embedded one-process cluster, then straight again (the mean of the two direct runs is the reference, which
/// halves the effect of a machine that speeds up or slows down meanwhile).
/// </summary>
public static class GridOverheadBenchmark
{
    /// <summary>What one run measured; rates are sets per second over the whole sweep.</summary>
    public sealed record Outcome(long Sets, int Workers, double DirectBefore, double Grid, double DirectAfter, TimeSpan GridWall)
    {
        public double Direct => (DirectBefore + DirectAfter) / 2;

        /// <summary>The grid's rate as a fraction of the engine's on the same cores.</summary>
        public double Efficiency => Grid / Direct;
    }

    public static async Task<Outcome> RunAsync(string sweepPath, int workers, CancellationToken cancel = default)
    {
        var sweep = SweepFile.Load(sweepPath);
        var run = await SweepRun.PrepareAsync(sweep.SourcePath, sweep.SourceText, new TapeCache());
        // Tiered compilation needs a couple of seconds of the hot loop before it runs optimised code.
        using (var warmUp = CancellationTokenSource.CreateLinkedTokenSource(cancel))
        {
            warmUp.CancelAfter(TimeSpan.FromSeconds(3));
            Direct(run, workers, warmUp.Token, throwWhenCancelled: false);
        }

        double before = Direct(run, workers, cancel);

        string folder = Directory.CreateTempSubdirectory("vixshield-bench-grid-").FullName;
        try
        {
            var wall = Stopwatch.StartNew();
            var outcome = await EmbeddedSweep.RunAsync(new EmbeddedSweepOptions(sweepPath, folder, workers), cancel: cancel);
            wall.Stop();
            if (outcome.Status.Phase != Coordinator.SweepPhase.Completed)
                throw new InvalidOperationException($"the embedded sweep ended {outcome.Status.Phase}: {outcome.Status.Error}");
            double after = Direct(run, workers, cancel);
            return new Outcome(run.Sweep.Grid.Count, workers, before, outcome.SetsPerSecond, after, wall.Elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every set of the sweep on <paramref name="workers"/> threads taking sets in small chunks; sets per second.</summary>
    private static double Direct(SweepRun run, int workers, CancellationToken cancel, bool throwWhenCancelled = true)
    {
        const int chunk = 16;
        long total = run.Sweep.Grid.Count, next = 0;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            while (!cancel.IsCancellationRequested)
            {
                long first = Interlocked.Add(ref next, chunk) - chunk;
                if (first >= total)
                    return;
                for (long i = first; i < Math.Min(total, first + chunk); i++)
                    run.RunSet(i);
            }
        })).ToArray();
        foreach (var thread in threads)
            thread.Start();
        foreach (var thread in threads)
            thread.Join();
        if (throwWhenCancelled)
            cancel.ThrowIfCancellationRequested();
        return total / clock.Elapsed.TotalSeconds;
    }
}
