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

    /// <summary>What one run measured.</summary>
    public sealed record Outcome(int Units, long Sets, TimeSpan Elapsed, long EventsWritten)
    {
        public double UnitsPerSecond => Units / Elapsed.TotalSeconds;

        public double SetsPerSecond => Sets / Elapsed.TotalSeconds;
    }

    public static async Task<Outcome> RunAsync(Options options, CancellationToken cancel = default)
    {
        var system = ActorSystem.Create("coordinator-bench", ConfigurationFactory.ParseString("akka.loglevel = ERROR")
            .WithFallback(GridConfig.Persistence(options.Journal)));
        try
        {
            var settings = CoordinatorSettings.Default with { PersistenceId = $"bench-{Guid.NewGuid():n}", SnapshotEvery = 10_000 };
            var coordinator = system.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            var metrics = new BacktestMetrics(0.1, 0.08, 0.2, 120, 1.1, 1.4, 0.4, 0.6, 1.8, 1234.5, -25_000, -18_000, 0.12, 200, 35, 1_100_000);
            // A ten-year set's 16 blocks of daily returns, full-precision doubles as the engine makes them.
            var blocks = Enumerable.Range(0, ReturnBlocks.DefaultBlockCount).Select(b => new BlockReturnStats(157, 0.0123456789012345 * (b + 1), 0.00098765432109876 / (b + 1))).ToArray();
            var result = SetResult.Ok(0, metrics) with { Blocks = blocks };

            // A warm-up sweep first: the journal's tables, the JIT and the connection pool are not what is measured.
            await RunSweepAsync(system, coordinator, "warm-up", Math.Min(options.Units, 2_000), options, result, cancel);
            var clock = Stopwatch.StartNew();
            await RunSweepAsync(system, coordinator, "measured", options.Units, options, result, cancel);
            clock.Stop();
            long sets = (long)options.Units * options.SetsPerUnit;
            return new Outcome(options.Units, sets, clock.Elapsed, 2L * options.Units + 2);
        }
        finally
        {
            await system.Terminate();
            SqliteConnection.ClearAllPools();
        }
    }

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
