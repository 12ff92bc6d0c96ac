using System.CommandLine;
using System.Diagnostics;
using VixShield.Core.Engine;
using VixShield.Grid.Reporting;
using VixShield.Grid.Results;
using VixShield.Grid.Worker;
using VixShield.Reports.Building;
using VixShield.Sweeps;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield report SWEEP_OUT_DIR</c>: a finished sweep's HTML report into its <c>report/</c> folder; <c>--index ROOT</c>: the page listing every sweep under a folder.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo?>("SWEEP_OUT_DIR") { Description = "A finished sweep's output folder (run.json, sweep.yaml, results.parquet)", Arity = ArgumentArity.ZeroOrOne };
        var index = new Option<DirectoryInfo?>("--index") { Description = "Instead: write ROOT/index.html listing every sweep folder under ROOT" };
        var top = Count("--top", "Sets in the results table", ReportOptions.Default.TopRows);
        var details = Count("--details", "Top sets with a detail page (re-run with their trades and hedge-off twin)", ReportOptions.Default.DetailPages);
        var command = new Command("report", "Write a sweep's HTML report (SWEEP_OUT_DIR/report/index.html), or with --index an index of every sweep under a folder")
        {
            folder, index, top, details,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(folder) is null) == (r.GetValue(index) is null))
                r.AddError("give either SWEEP_OUT_DIR or --index ROOT");
        });
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(index) is { } root)
                return await SweepIndex.WriteAsync(root.FullName, cancel);
            string path = parse.GetValue(folder)!.FullName;
            var clock = Stopwatch.StartNew();
            var (sweep, results, run) = await SweepOutputReader.ReadAsync(path, cancel);
            var read = clock.Elapsed;
            var market = await new TapeCache().GetAsync(sweep.DataPath);
            var loaded = clock.Elapsed - read;
            // Bad folders (SweepFolderException) and sweep files (SweepException) are one line from Program's handler.
            await WriteAsync(path, sweep, results, run, market, new ReportOptions(parse.GetValue(top), parse.GetValue(details)), cancel,
                $"results read in {read.TotalSeconds:F2} s, dataset loaded in {loaded.TotalSeconds:F2} s; ");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the report into <paramref name="sweepFolder"/>/report, prints where (standard output) and how long it took (standard error).</summary>
    public static async Task WriteAsync(
        string sweepFolder, SweepDefinition sweep, IReadOnlyList<SetResult> results, SweepRunRecord run, MarketContext market,
        ReportOptions options, CancellationToken cancel, string before = "")
    {
        string reportFolder = Path.Combine(sweepFolder, SweepReportFiles.FolderName);
        var timing = await SweepReportFiles.WriteAsync(sweep, results, run, market, reportFolder, options, cancel);
        Console.Error.WriteLine(
            $"report of {results.Count:N0} sets: {before}built in {timing.Build.TotalSeconds:F2} s ({timing.DetailPages} detail pages re-run with hedge-off twins), " +
            $"written in {timing.Write.TotalSeconds:F2} s; index.html {timing.IndexBytes / 1024.0:N0} KB");
        Console.Out.WriteLine(Path.Combine(reportFolder, SweepReportFiles.IndexPage));
    }

    private static Option<int> Count(string name, string description, int byDefault)
    {
        var option = new Option<int>(name) { Description = $"{description} (default {byDefault})", DefaultValueFactory = _ => byDefault };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 100_000)
                r.AddError($"{name}: must be between 0 and 100000");
        });
        return option;
    }
}
