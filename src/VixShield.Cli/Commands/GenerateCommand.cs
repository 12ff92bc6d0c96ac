using System.CommandLine;
using VixShield.Data.Synthetic;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield data generate --out DIR</c>: the calibrated synthetic SPX/VIX market, deterministic for a seed.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Dataset folder to create", Required = true };
        var start = CommonOptions.Date("--start", "First trading day");
        var end = CommonOptions.Date("--end", "Last trading day");
        var seed = new Option<long>("--seed") { Description = "Random seed: the same seed gives byte-identical files", DefaultValueFactory = _ => 1 };
        var force = new Option<bool>("--force") { Description = "Replace an existing dataset folder (only once the new one is complete)" };
        var command = new Command("generate", "Generate the synthetic SPX/VIX dataset (Bates model with state-dependent jumps, SSVI surface; see data/README.md)")
        {
            output, start, end, seed, force,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var defaults = new SyntheticMarketOptions();
            var options = defaults with
            {
                Start = parse.GetValue(start) ?? defaults.Start,
                End = parse.GetValue(end) ?? defaults.End,
                Seed = parse.GetValue(seed),
            };
            var problems = options.Problems();
            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"vixshield: {problems[0]}");
                return ExitCodes.BadInput;
            }

            var progress = new ProgressLine(Console.Error);
            var summary = await SyntheticMarketGenerator.GenerateAsync(options, parse.GetRequiredValue(output).FullName, parse.GetValue(force), progress, cancel);
            progress.Finish();
            Console.Out.WriteLine($"{summary.Directory}: {summary.First:yyyy-MM-dd}..{summary.Last:yyyy-MM-dd}, {summary.SeriesRows:N0} snapshots, " +
                $"{summary.SpxOptionRows:N0} SPX quotes, {summary.VixFutureRows:N0} VIX futures, {summary.VixOptionRows:N0} VIX option quotes in {summary.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Shows generation progress on one rewritten line on a terminal, or a line per stage and tenth when redirected.</summary>
    private sealed class ProgressLine(TextWriter writer) : IProgress<GenerationProgress>
    {
        private readonly object _gate = new();
        private string _stage = "";
        private int _lastTenth = -1;

        public void Report(GenerationProgress value)
        {
            lock (_gate)
            {
                int tenth = value.DaysTotal == 0 ? 10 : value.DaysDone * 10 / value.DaysTotal;
                if (!Console.IsErrorRedirected)
                {
                    writer.Write($"\r{value.Stage,-24} {value.DaysDone,6:N0}/{value.DaysTotal:N0} days");
                }
                else if (value.Stage != _stage || tenth != _lastTenth)
                {
                    writer.WriteLine($"{value.Stage}: {value.DaysDone:N0}/{value.DaysTotal:N0} days");
                }

                (_stage, _lastTenth) = (value.Stage, tenth);
            }
        }

        public void Finish()
        {
            if (!Console.IsErrorRedirected)
                writer.WriteLine();
        }
    }
}
