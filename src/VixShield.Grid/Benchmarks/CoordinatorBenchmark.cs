using System.Diagnostics;
using Akka.Actor;
using Akka.Configuration;
using Microsoft.Data.Sqlite;
using VixShield.Core.Engine;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Grid.Benchmarks;

/// <summary>
/// How many unit completions per second the coordinator sustains on a real journal when workers do no work
/// (<see cref="IdleWorker"/>): every completion is a <see cref="UnitCompleted"/> and a <see cref="UnitDispatched"/>
/// written through the batching journal. The figure bounds how many worker cores one coordinator can feed.
/// </summary>
public static class CoordinatorBenchmark
{
    /// <param name="Units">Units in the measured sweep.</param>
    /// <param name="SetsPerUnit">Sets per unit: 1 measures the bookkeeping alone; a realistic unit carries ~1,000 sets of metrics.</param>
    /// <param name="Workers">Idle workers, each keeping <paramref name="SlotsPerWorker"/> units asked for.</param>
    public sealed record Options(JournalOptions Journal, int Units, int SetsPerUnit, int Workers, int SlotsPerWorker);

    /// <summary>What one run measured; the allocations and GC pauses are the whole process's (idle workers included) over the measured sweep.</summary>
    public sealed record Outcome(int Units, long Sets, TimeSpan Elapsed, long AllocatedBytes, TimeSpan GcPause)
    {
        public double UnitsPerSecond => Units / Elapsed.TotalSeconds;

        public double SetsPerSecond => Sets / Elapsed.TotalSeconds;

        public double AllocatedBytesPerUnit => (double)AllocatedBytes / Units;

        /// <summary>The fraction of the measured time the process stood in GC pauses.</summary>
        public double GcPauseShare => GcPause / Elapsed;
    }

    public static async Task<Outcome> RunAsync(Options options, CancellationToken cancel = default)
    {
        var system = ActorSystem.Create("coordinator-bench", ConfigurationFactory.ParseString("akka.loglevel = ERROR")
            .WithFallback(GridConfig.Persistence(options.Journal)));
        try
        {
            var settings = CoordinatorSettings.Default with { PersistenceId = $"bench-{Guid.NewGuid():n}", SnapshotEvery = 10_000 };
            var coordinator = system.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            // A ten-year set's metrics and 16 blocks of daily returns, full-precision doubles as the engine makes them
            // (short literals would flatter the JSON text).
            var metrics = new BacktestMetrics(
                0.087345123908712341, 0.081234567890123457, 0.21345678901234568, 120, 1.1234567890123457, 1.4567890123456789,
                0.40123456789012345, 0.61234567890123456, 1.8234567890123457, 1234.5678901234567, -25_123.456789012346,
                -18_234.567890123457, 0.12345678901234568, 200, 35, 1_100_234.5678901235);
            var blocks = Enumerable.Range(0, ReturnBlocks.DefaultBlockCount).Select(b => new BlockReturnStats(157, 0.0123456789012345 * (b + 1), 0.00098765432109876 / (b + 1))).ToArray();
            var result = SetResult.Ok(0, metrics) with { Blocks = blocks };

            // Warm-up sweeps first, for a few seconds: the journal's tables and connection pool, and the JIT's tiers (a
            // coordinator runs for hours; with a warm-up of a fraction of a second, tier-0 code and the background
            // compiler were a quarter of what was measured).
            var warmUp = Stopwatch.StartNew();
            int round = 0;
            do
                await RunSweepAsync(system, coordinator, $"warm-up-{round++}", Math.Min(options.Units, WarmUpUnits(options.SetsPerUnit)), options, result, cancel);
            while (warmUp.Elapsed < WarmUpTime);
            long allocatedBefore = GC.GetTotalAllocatedBytes();
            var pausedBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            await RunSweepAsync(system, coordinator, "measured", options.Units, options, result, cancel);
            clock.Stop();
            long sets = (long)options.Units * options.SetsPerUnit;
            return new Outcome(options.Units, sets, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocatedBefore, GC.GetTotalPauseDuration() - pausedBefore);
        }
        finally
        {
            await system.Terminate();
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>How long the warm-up runs at least.</summary>
    public static TimeSpan WarmUpTime { get; } = TimeSpan.FromSeconds(3);

    /// <summary>Units per warm-up sweep: about a second's worth whether units carry one set or a thousand.</summary>
    private static int WarmUpUnits(int setsPerUnit) => Math.Max(200, 20_000 / Math.Max(1, setsPerUnit / 50));

    private static async Task RunSweepAsync(
        ActorSystem system, IActorRef coordinator, string name, int units, Options options, SetResult result, CancellationToken cancel)
    {
        long total = (long)units * options.SetsPerUnit;
        // A sampled axis gives a grid of any size; nothing reads the data folder, since no set is run.
        string text = $"name: {name}\ndata: /bench\nsamples: {total}\ngrid:\n  hedge.term_ratio: {{ random: uniform(0.9, 1.1) }}\n";
        string sweepId = $"{name}-{Guid.NewGuid():n}";
        var reply = await coordinator.Ask<IGridMessage>(new SubmitSweep(sweepId, "/bench/sweep.yaml", text, options.SetsPerUnit), TimeSpan.FromSeconds(30), cancel);
        if (reply is SweepRejected rejected)
            throw new InvalidOperationException(rejected.Reason);
        var workers = Enumerable.Range(0, options.Workers)
            .Select(w => system.ActorOf(IdleWorker.Props(coordinator, options.SlotsPerWorker, result), $"{name}-worker-{w}"))
            .ToArray();
        while (true)
        {
            var status = await coordinator.Ask<SweepStatus>(new GetSweepStatus(sweepId), TimeSpan.FromSeconds(30), cancel);
            if (status.Phase != SweepPhase.Running)
                break;
            await Task.Delay(20, cancel);
        }

        foreach (var worker in workers)
            system.Stop(worker);
    }
}
