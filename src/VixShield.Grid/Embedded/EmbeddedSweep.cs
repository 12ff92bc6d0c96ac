using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using VixShield.Data.Synthetic;
using VixShield.Grid.Cluster;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;
using VixShield.Grid.Results;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

namespace VixShield.Grid.Embedded;

/// <summary>
/// Runs a sweep on a one-process cluster (coordinator singleton and a worker with one slot per core, remoting on a free
/// loopback port) with its SQLite journal in the output folder. The sweep's id comes from its file
/// (<see cref="SweepIdentity"/>), so running the same file again resumes from the journal, or returns at once when it is
/// already finished.
/// </summary>
public static class EmbeddedSweep
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Loads and checks the sweep and its data (a <see cref="SweepException"/>, DatasetException or ParameterException says what is wrong), then runs it to its end.</summary>
    /// <param name="configure">More Akka configuration for the node (the CLI adds its loggers).</param>
    /// <exception cref="OperationCanceledException">Cancelled: the journal keeps what was done, and a re-run resumes.</exception>
    public static async Task<EmbeddedSweepOutcome> RunAsync(
        EmbeddedSweepOptions options, IProgress<SweepProgress>? progress = null,
        IProgress<GenerationProgress>? generation = null, CancellationToken cancel = default,
        Action<AkkaConfigurationBuilder>? configure = null)
    {
        var sweep = SweepFile.Load(options.SweepPath);
        await DefaultDataset.EnsureAsync(sweep.DataPath, generation, cancel);
        var tapes = new TapeCache();
        // Loads the data and checks the period before any actor starts, so that mistakes are one clear error.
        var run = await SweepRun.PrepareAsync(sweep.SourcePath, sweep.SourceText, tapes);
        int workers = Math.Max(1, options.Workers);
        var (unitSize, _) = UnitSizing.Measure(run, workers);
        cancel.ThrowIfCancellationRequested();

        Directory.CreateDirectory(options.OutputFolder);
        string sweepId = SweepIdentity.Of(sweep);
        var settings = CoordinatorSettings.Default with { SnapshotEvery = 500 };
        var node = GridNodeOptions.Embedded(JournalOptions.Sqlite(options.JournalPath), workers, settings);
        using var host = GridHost.Build(node, tapes, builder =>
        {
            builder.AddHocon("akka.loglevel = WARNING", HoconAddMode.Append);
            configure?.Invoke(builder);
        });
        await host.StartAsync(cancel);
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            var coordinator = host.Services.GetRequiredService<ActorRegistry>().Get<CoordinatorProxy>();
            var clock = Stopwatch.StartNew();
            var reply = await coordinator.Ask<IGridMessage>(new SubmitSweep(sweepId, sweep.SourcePath, sweep.SourceText, unitSize), AskTimeout, cancel);
            if (reply is SweepRejected rejected)
                throw new InvalidOperationException($"the coordinator rejected the sweep: {rejected.Reason}");
            // What an earlier run left in the journal, as of the submission: the workers may finish a small sweep before
            // the first status arrives.
            long atStart = ((SweepSubmitted)reply).SetsDone;
            var status = await StatusAsync(coordinator, sweepId, cancel);
            var interval = options.StatusInterval ?? TimeSpan.FromMilliseconds(250);
            while (true)
            {
                progress?.Report(new SweepProgress(status.SetsDone, status.TotalSets, status.UnitsDone, status.Units, atStart, clock.Elapsed));
                if (status.Phase != SweepPhase.Running)
                    break;
                await Task.Delay(interval, cancel);
                status = await StatusAsync(coordinator, sweepId, cancel);
            }

            var elapsed = clock.Elapsed;
            var results = status.Phase == SweepPhase.Completed ? await SweepResultsQuery.ReadAsync(system, sweepId, cancel) : [];
            return new EmbeddedSweepOutcome(sweep, sweepId, status, results, atStart, elapsed) { Workers = workers, Market = run.Market };
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            SqliteConnection.ClearAllPools();
        }
    }

    private static Task<SweepStatus> StatusAsync(IActorRef coordinator, string sweepId, CancellationToken cancel) =>
        coordinator.Ask<SweepStatus>(new GetSweepStatus(sweepId), AskTimeout, cancel);
}
