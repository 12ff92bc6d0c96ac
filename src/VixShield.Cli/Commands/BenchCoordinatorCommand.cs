using System.CommandLine;
using System.Text.Json;
using VixShield.Grid.Benchmarks;
using VixShield.Grid.Persistence;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield bench coordinator</c>: unit completions per second the coordinator sustains on a real journal with workers that do no work.</summary>
internal static class BenchCoordinatorCommand
{
    public static Command Create()
    {
        var journal = new Option<string?>("--journal") { Description = "sqlite:PATH or postgres:CONNECTION-STRING (default: a fresh SQLite file in a temp folder)" };
        var units = new Option<int>("--units") { Description = "Units in the measured sweep", DefaultValueFactory = _ => 100_000 };
        var sets = new Option<int[]>("--sets-per-unit")
        {
            Description = "Sets per unit, one run each (1 = bookkeeping alone; 1000 ≈ a one-second unit's results)",
            DefaultValueFactory = _ => [1, 1000],
            AllowMultipleArgumentsPerToken = true,
        };
        var workers = new Option<int>("--workers") { Description = "Idle workers", DefaultValueFactory = _ => 8 };
        var slots = new Option<int>("--slots") { Description = "Units each idle worker keeps asked for", DefaultValueFactory = _ => 16 };
        var json = CommonOptions.Json();
        var command = new Command("coordinator", "Unit completions per second the coordinator sustains with its journal, workers doing no work")
        {
            journal, units, sets, workers, slots, json,
        };
        command.SetAction(async (parse, cancel) =>
        {
            string? folder = null;
            JournalOptions target;
            try
            {
                if (parse.GetValue(journal) is { } given)
                    target = JournalOptions.Parse(given);
                else
                {
                    folder = Directory.CreateTempSubdirectory("vixshield-bench-").FullName;
                    target = JournalOptions.Sqlite(Path.Combine(folder, "journal.db"));
                }
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"vixshield: --journal: {e.Message}");
                return ExitCodes.Usage;
            }

            try
            {
                var rows = new List<object>();
                foreach (int perUnit in parse.GetValue(sets)!)
                {
                    // Fewer units when each carries many results, so that a run stays in the tens of seconds.
                    int count = perUnit > 1 ? Math.Max(1_000, parse.GetValue(units) / Math.Min(perUnit, 50)) : parse.GetValue(units);
                    var outcome = await CoordinatorBenchmark.RunAsync(
                        new CoordinatorBenchmark.Options(target, count, perUnit, parse.GetValue(workers), parse.GetValue(slots)), cancel);
                    var row = new
                    {
                        journal = target.IsSqlite ? "sqlite" : "postgres",
                        sets_per_unit = perUnit,
                        units = outcome.Units,
                        seconds = Math.Round(outcome.Elapsed.TotalSeconds, 2),
                        unit_completions_per_sec = Math.Round(outcome.UnitsPerSecond),
                        sets_per_sec = Math.Round(outcome.SetsPerSecond),
                        allocated_bytes_per_unit = Math.Round(outcome.AllocatedBytesPerUnit),
                        gc_pause_share = Math.Round(outcome.GcPauseShare, 3),
                    };
                    rows.Add(row);
                    if (!parse.GetValue(json))
                    {
                        Console.Out.WriteLine($"{row.journal}, {perUnit} set(s) per unit: {outcome.Units:N0} units in {row.seconds} s = " +
                                              $"{row.unit_completions_per_sec:N0} unit completions/s ({row.sets_per_sec:N0} sets/s; {row.allocated_bytes_per_unit:N0} bytes allocated " +
                                              $"per unit, {row.gc_pause_share:P0} of the time in GC pauses)");
                    }
                }

                if (parse.GetValue(json))
                    Console.Out.WriteLine(JsonSerializer.Serialize(rows));
                return ExitCodes.Ok;
            }
            finally
            {
                if (folder is not null)
                    Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }
}
