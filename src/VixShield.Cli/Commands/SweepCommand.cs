using System.CommandLine;
using Serilog;
using VixShield.Cli.Logging;
using VixShield.Cli.Output;
using VixShield.Grid.Cluster;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Embedded;
using VixShield.Grid.Results;
using VixShield.Reports.Building;
using VixShield.Sweeps;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield sweep FILE</c>: runs a sweep file on an in-process grid (resumable), writes its results and prints the best sets.</summary>
internal static class SweepCommand
{
    /// <summary>The grid's log, in the sweep's output folder.</summary>
    public const string LogName = "sweep.log";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Sweep file (YAML; see src/VixShield.Sweeps/README.md)" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for journal.db and results (default: sweeps/<name> under the current folder)" };
        var workers = new Option<int>("--workers")
        {
            Description = "Worker actors, one unit at a time each",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        workers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
                r.AddError("--workers: must be between 1 and 1024");
        });
        var noReport = new Option<bool>("--no-report") { Description = "Skip the HTML report (write it later with vixshield report DIR)" };
        var command = new Command("sweep", "Run a sweep file on an embedded one-node grid and write its results and report; a re-run of the same file resumes from its journal")
        {
            file, output, workers, noReport,
        };
        command.SetAction(async (parse, cancel) =>
        {
            string path = parse.GetRequiredValue(file).FullName;
            try
            {
                string folder = parse.GetValue(output)?.FullName ?? Path.Combine(Environment.CurrentDirectory, "sweeps", SweepFile.Load(path).Name);
                var progress = new ProgressLine(Console.Error);
                // The terminal shows the progress line; the grid's own log goes to a file beside the results, opened
                // only once the sweep and its data have been checked (a mistake leaves no folder behind).
                var outcome = await EmbeddedSweep.RunAsync(
                    new EmbeddedSweepOptions(path, folder, parse.GetValue(workers)), progress, progress, cancel, akka =>
                    {
                        Log.Logger = GridLogging.ToFile(Path.Combine(folder, LogName), "embedded", string.Join(",", GridRoles.All));
                        GridLogging.UseSerilog(akka);
                    });
                await Log.CloseAndFlushAsync();
                progress.Finish();
                if (outcome.Status.Phase != SweepPhase.Completed)
                {
                    Console.Error.WriteLine($"vixshield: sweep {outcome.SweepId} {outcome.Status.Phase.ToString().ToLowerInvariant()}: {outcome.Status.Error}");
                    return ExitCodes.BadInput;
                }

                var table = new SweepResultTable(outcome.Sweep, outcome.Results);
                await SweepOutputFolder.WriteAsync(folder, table, outcome.Run!, cancel);
                string resumed = outcome.SetsAtStart > 0 ? $", {outcome.SetsAtStart:N0} from the journal" : "";
                Console.Error.WriteLine($"{outcome.Status.TotalSets:N0} sets in {outcome.Elapsed.TotalSeconds:F1} s ({outcome.SetsPerSecond:N0} sets/s{resumed}); results in {folder}");
                TopSetsTable.Write(Console.Out, table);
                if (!parse.GetValue(noReport))
                    await ReportCommand.WriteAsync(folder, outcome.Sweep, outcome.Results, outcome.Run!, outcome.Market!, ReportOptions.Default, cancel);
                return ExitCodes.Ok;
            }
            catch (SweepException e)
            {
                Console.Error.WriteLine($"vixshield: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
