using System.Diagnostics;
using Akka.Actor;
using Akka.Configuration;
using Microsoft.Data.Sqlite;
using VixShield.Data.Synthetic;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;
using VixShield.Sweeps;
using VixShield.Sweeps.Planning;

namespace VixShield.Grid.Embedded;

/// <summary>
/// Runs a sweep in this process: a coordinator on a SQLite journal in the output folder and one worker per slot, no
/// remoting. The sweep's id comes from its file (<see cref="SweepIdentity"/>), so running the same file again resumes
/// from the journal (or returns at once when it is already finished).
/// </summary>
public static class EmbeddedSweep
{
    /// <summary>Nominal sets per second per worker used to size units (about <see cref="UnitTarget"/> of work each).</summary>
    private const double NominalSetsPerSecond = 150;

    private static readonly TimeSpan UnitTarget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Loads and checks the sweep and its data (a <see cref="SweepException"/>, DatasetException or ParameterException says what is wrong), then runs it to its end.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: the journal keeps what was done, and a re-run resumes.</exception>
    public static async Task<EmbeddedSweepOutcome> RunAsync(
        EmbeddedSweepOptions options, IProgress<SweepProgress>? progress = null,
        IProgress<GenerationProgress>? generation = null, CancellationToken cancel = default)
    {
        var sweep = SweepFile.Load(options.SweepPath);
        await DefaultDataset.EnsureAsync(sweep.DataPath, generation, cancel);
        var tapes = new TapeCache();
        // Loads the data and checks the period before any actor starts, so that mistakes are one clear error.
        await SweepRun.PrepareAsync(sweep.SourcePath, sweep.SourceText, tapes);
        cancel.ThrowIfCancellationRequested();

        Directory.CreateDirectory(options.OutputFolder);
        string sweepId = SweepIdentity.Of(sweep);
        var system = ActorSystem.Create("vixshield-sweep", SystemConfig(options.JournalPath));
        try
        {
            var coordinator = system.ActorOf(SweepCoordinator.Props(new CoordinatorSettings(TimeSpan.FromMinutes(30), SnapshotEvery: 500)), "coordinator");
            long unitSize = UnitSize(sweep.Grid.Count, options.Workers);
            var reply = await coordinator.Ask<IGridMessage>(new SubmitSweep(sweepId, sweep.SourcePath, sweep.SourceText, unitSize), AskTimeout, cancel);
            if (reply is SweepRejected rejected)
                throw new InvalidOperationException($"the coordinator rejected the sweep: {rejected.Reason}");
            var status = await StatusAsync(coordinator, sweepId, cancel);
            long atStart = status.Results.Count;
            var clock = Stopwatch.StartNew();
            for (int w = 1; w <= Math.Max(1, options.Workers); w++)
                system.ActorOf(SweepWorker.Props(coordinator, tapes, slots: 1), $"worker-{w}");

            var interval = options.StatusInterval ?? TimeSpan.FromMilliseconds(250);
            while (true)
            {
                progress?.Report(new SweepProgress(status.Results.Count, status.TotalSets, status.UnitsDone, status.Units, atStart, clock.Elapsed));
                if (status.Phase != SweepPhase.Running)
                    return new EmbeddedSweepOutcome(sweep, sweepId, status, atStart, clock.Elapsed);
                await Task.Delay(interval, cancel);
                status = await StatusAsync(coordinator, sweepId, cancel);
            }
        }
        finally
        {
            await system.Terminate();
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>
    /// About <see cref="UnitTarget"/> of work per unit at the nominal rate, but at least four units per worker so that
    /// the workers stay balanced. Results do not depend on it: every set is computed alone.
    /// </summary>
    public static long UnitSize(long totalSets, int workers)
    {
        long size = WorkUnitPlanner.Plan(totalSets, NominalSetsPerSecond, UnitTarget).UnitSize;
        long balanced = Math.Max(1, totalSets / (4L * Math.Max(1, workers)));
        return Math.Min(size, balanced);
    }

    private static Task<SweepStatus> StatusAsync(IActorRef coordinator, string sweepId, CancellationToken cancel) =>
        coordinator.Ask<SweepStatus>(new GetSweepStatus(sweepId), AskTimeout, cancel);

    private static Config SystemConfig(string journalPath) => ConfigurationFactory.ParseString("""
        akka.loglevel = OFF
        akka.stdout-loglevel = OFF
        akka.log-dead-letters = off
        akka.log-dead-letters-during-shutdown = off
        akka.coordinated-shutdown.run-by-clr-shutdown-hook = off
        """).WithFallback(GridConfig.SqlitePersistence(journalPath));
}
