using System.CommandLine;
using System.Diagnostics;
using VixShield.Cli.Output;
using VixShield.Cli.Remote;
using VixShield.Grid.Api;
using VixShield.Grid.Results;
using VixShield.Grid.Worker;
using VixShield.Reports.Building;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield submit FILE --to URL</c>: sends a sweep file to a grid's HTTP API and, with <c>--wait</c>, follows it to its end and fetches its results.</summary>
internal static class SubmitCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>How long --wait rides out a grid that does not answer (a coordinator moving to another node) before giving up.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Sweep file (YAML); a relative data: is resolved on the grid, against its sweep folder" };
        var to = CommonOptions.GridUrl();
        var wait = new Option<bool>("--wait") { Description = "Follow the sweep to its end with a progress line; exit 0 only if it completes" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "With --wait: write results.csv and results.parquet here once the sweep completes" };
        var tokenFile = CommonOptions.TokenFile();
        var command = new Command("submit", "Submit a sweep file to a grid; the same file again is the same sweep")
        {
            file, to, wait, output, tokenFile,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(output) is not null && !r.GetValue(wait))
                r.AddError("--out needs --wait (results are fetched once the sweep has ended)");
        });
        command.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                Console.Error.WriteLine($"vixshield: sweep file {path.FullName} not found");
                return ExitCodes.BadInput;
            }

            using var grid = new GridApiClient(parse.GetRequiredValue(to), ApiToken.Read(parse.GetValue(tokenFile)));
            byte[] text = await File.ReadAllBytesAsync(path.FullName, cancel);
            var (sweep, known) = await grid.SubmitAsync(text, cancel);
            Console.Out.WriteLine(sweep.Id);
            Console.Error.WriteLine(known
                ? $"already known: {sweep.Status.Phase}, {sweep.Status.SetsDone:N0}/{sweep.TotalSets:N0} sets"
                : $"accepted: {sweep.TotalSets:N0} sets in {sweep.Units:N0} units");
            if (!parse.GetValue(wait))
                return ExitCodes.Ok;

            var clock = Stopwatch.StartNew();
            SweepStatusJson status;
            try
            {
                status = await FollowAsync(grid, sweep.Id, cancel);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                Console.Error.WriteLine($"stopped waiting; the sweep keeps running (vixshield status {sweep.Id} --to {grid.Grid})");
                throw;
            }

            if (status.Phase != "completed")
            {
                Console.Error.WriteLine(status.Error is { } error ? $"vixshield: sweep {sweep.Id} {status.Phase}: {error}" : $"vixshield: sweep {sweep.Id} {status.Phase}");
                return ExitCodes.BadInput;
            }

            string results = "";
            if (parse.GetValue(output) is { } folder)
            {
                Directory.CreateDirectory(folder.FullName);
                await grid.DownloadResultsAsync(sweep.Id, "csv", Path.Combine(folder.FullName, SweepResultFiles.CsvName), cancel);
                await grid.DownloadResultsAsync(sweep.Id, "parquet", Path.Combine(folder.FullName, SweepResultFiles.ParquetName), cancel);
                // The grid cannot say how many nodes and cores ran the sets, so run.json leaves them unknown.
                var run = new SweepRunRecord(sweep.Id, sweep.Name, path.FullName, status.AcceptedAtUtc ?? default, status.FinishedAtUtc ?? default, Nodes: null, Cores: null);
                await SweepOutputFolder.WriteRunAsync(folder.FullName, new System.Text.UTF8Encoding(false).GetString(text), run, cancel);
                results = $"; results in {folder.FullName}";
                await ReportWhereTheDataIsAsync(folder.FullName, cancel);
            }

            Console.Error.WriteLine($"sweep {sweep.Id} completed: {status.TotalSets:N0} sets, waited {clock.Elapsed.TotalSeconds:F1} s{results}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The report needs the dataset for its re-runs: written when the sweep file's <c>data:</c> resolves to a dataset on
    /// this machine too, otherwise a line says where to build it.
    /// </summary>
    private static async Task ReportWhereTheDataIsAsync(string folder, CancellationToken cancel)
    {
        var (sweep, results, run) = await SweepOutputReader.ReadAsync(folder, cancel);
        if (!Directory.Exists(sweep.DataPath))
        {
            Console.Error.WriteLine($"no report: dataset {sweep.DataPath} is not on this machine (vixshield report {folder} where it is)");
            return;
        }

        var market = await new TapeCache().GetAsync(sweep.DataPath);
        await ReportCommand.WriteAsync(folder, sweep, results, run, market, ReportOptions.Default, cancel);
    }

    /// <summary>Polls the sweep's status, drawing the progress line, until it is no longer running; rides out a grid that is briefly away.</summary>
    private static async Task<SweepStatusJson> FollowAsync(GridApiClient grid, string sweepId, CancellationToken cancel)
    {
        var progress = new ProgressLine(Console.Error);
        var rate = new PollRate(TimeSpan.FromSeconds(10));
        var lastAnswer = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                SweepStatusJson status;
                try
                {
                    status = await grid.StatusAsync(sweepId, cancel);
                    lastAnswer.Restart();
                }
                catch (GridApiException e) when (e.IsTransient && lastAnswer.Elapsed < Patience)
                {
                    await Task.Delay(PollInterval, cancel);
                    continue;
                }

                bool ended = status.Phase != "running";
                progress.Sets(status.SetsDone, status.TotalSets, status.UnitsDone, status.Units, rate.Observe(status.SetsDone), ended);
                if (ended)
                    return status;
                await Task.Delay(PollInterval, cancel);
            }
        }
        finally
        {
            progress.Finish();
        }
    }
}
