using System.CommandLine;
using System.Text.Json;
using VixShield.Grid.Benchmarks;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield bench grid FILE</c>: the embedded grid's sets per second as a fraction of the engine's, on the same cores, in one run.</summary>
internal static class BenchGridCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Sweep file (e.g. data/sweeps/alvh-grid.yaml)" };
        var workers = new Option<int>("--workers") { Description = "Cores used by both runs", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = CommonOptions.Json();
        var command = new Command("grid", "The embedded grid's throughput against the bare engine on the same sweep and cores (grid overhead)") { file, workers, json };
        command.SetAction(async (parse, cancel) =>
        {
            var o = await GridOverheadBenchmark.RunAsync(parse.GetRequiredValue(file).FullName, Math.Max(1, parse.GetValue(workers)), cancel);
            var row = new
            {
                sets = o.Sets,
                workers = o.Workers,
                direct_sets_per_sec_before = Math.Round(o.DirectBefore),
                grid_sets_per_sec = Math.Round(o.Grid),
                direct_sets_per_sec_after = Math.Round(o.DirectAfter),
                grid_efficiency = Math.Round(o.Efficiency, 3),
                grid_wall_seconds = Math.Round(o.GridWall.TotalSeconds, 1),
            };
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(row));
            else
            {
                Console.Out.WriteLine($"{o.Sets:N0} sets on {o.Workers} cores");
                Console.Out.WriteLine($"  engine alone   {row.direct_sets_per_sec_before,8:N0} sets/s before, {row.direct_sets_per_sec_after:N0} after");
                Console.Out.WriteLine($"  embedded grid  {row.grid_sets_per_sec,8:N0} sets/s ({row.grid_wall_seconds} s wall with start, data load and shutdown)");
                Console.Out.WriteLine($"  grid / engine  {o.Efficiency,8:P1}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
