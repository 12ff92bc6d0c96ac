using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using VixShield.Cli.Parameters;
using VixShield.Core.Engine;
using VixShield.Core.Strategy;

namespace VixShield.Cli.Commands;

/// <summary>
/// <c>vixshield bench engine --data DIR</c>: loads the tape once, then runs the default parameter set back to back on
/// one core and on every core. These are the figures the grid multiplies.
/// </summary>
internal static class BenchEngineCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Dataset folder", Required = true };
        var seconds = new Option<double>("--seconds") { Description = "Measuring time per phase", DefaultValueFactory = _ => 3 };
        var json = CommonOptions.Json();
        var strategy = new ParameterArguments();
        var command = new Command("engine", "Backtests per second per core and on all cores, tape load rate, bytes per quote, allocation per step") { data, seconds, json };
        strategy.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var load = await TapeLoadMeasurement.RunAsync(parse.GetRequiredValue(data).FullName, cancel);
            var tape = load.Tape;
            long quotes = load.Quotes;
            var market = new MarketContext(tape);
            var parameters = strategy.Read(parse);
            double budget = Math.Max(0.5, parse.GetValue(seconds));

            // Warm up long enough for tiered compilation to finish, or the one-core phase measures unoptimised code.
            RunFor(market, parameters, Math.Min(2, budget), cancel);
            double perCore = RunFor(market, parameters, budget, cancel);
            int cores = Environment.ProcessorCount;
            var totals = new double[cores];
            Parallel.For(0, cores, new ParallelOptions { MaxDegreeOfParallelism = cores }, c => totals[c] = RunFor(market, parameters, budget, cancel));
            double allCores = totals.Sum();
            var (perStep, resultPerStep) = AllocationPerStep(market, parameters);

            var result = new
            {
                dataset = tape.Name,
                snapshots = tape.SnapshotCount,
                backtests_per_sec_per_core = Math.Round(perCore, 1),
                backtests_per_sec_all_cores = Math.Round(allCores, 1),
                cores,
                scaling = Math.Round(allCores / perCore, 2),
                ns_per_step = Math.Round(1e9 / perCore / tape.SnapshotCount, 1),
                tape_load_rows_per_sec = Math.Round(load.RowsPerSecond),
                bytes_per_quote = Math.Round(load.BytesPerQuote, 1),
                alloc_bytes_per_step = Math.Round(perStep, 2),
                result_bytes_per_step = Math.Round(resultPerStep, 2),
            };
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result));
            }
            else
            {
                Console.Out.WriteLine($"{result.dataset}: {result.snapshots:N0} snapshots, {quotes:N0} option quotes");
                Console.Out.WriteLine($"  backtests/s, one core     {result.backtests_per_sec_per_core,10:N1}   ({result.ns_per_step} ns per step)");
                Console.Out.WriteLine($"  backtests/s, {cores} cores      {result.backtests_per_sec_all_cores,10:N1}   ({result.scaling}× one core)");
                Console.Out.WriteLine($"  tape load                 {result.tape_load_rows_per_sec,10:N0} rows/s, {result.bytes_per_quote} bytes per quote");
                Console.Out.WriteLine($"  allocation per step       {result.alloc_bytes_per_step,10} bytes (plus {result.result_bytes_per_step} bytes of result: equity and date)");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static double RunFor(MarketContext market, StrategyParameters parameters, double seconds, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        int runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds && !cancel.IsCancellationRequested)
        {
            Backtest.Run(market, parameters);
            runs++;
        }

        return runs / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Bytes a step allocates beyond the result: the marginal allocation between a full run and a half run, less the
    /// result's own per-snapshot arrays (an equity double and a date int).
    /// </summary>
    private static (double PerStep, double ResultPerStep) AllocationPerStep(MarketContext market, StrategyParameters parameters)
    {
        int n = market.Tape.SnapshotCount, half = n / 2;
        long Allocated(BacktestOptions options)
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            Backtest.Run(market, parameters, options);
            return GC.GetAllocatedBytesForCurrentThread() - start;
        }

        var halfRun = new BacktestOptions(ToSnapshot: half - 1);
        Allocated(halfRun);
        Allocated(BacktestOptions.Default);
        double marginal = (Allocated(BacktestOptions.Default) - Allocated(halfRun)) / (double)(n - half);
        const double resultPerStep = sizeof(double) + sizeof(int);
        return (Math.Max(0, marginal - resultPerStep), resultPerStep);
    }
}
