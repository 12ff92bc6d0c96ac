using System.CommandLine;
using System.Text.Json;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield bench load --data DIR</c>: tape load throughput and memory per quote.</summary>
internal static class BenchLoadCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Dataset folder", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Loads to time; the best is reported", DefaultValueFactory = _ => 3 };
        var json = CommonOptions.Json();
        var command = new Command("load", "Time loading a whole dataset into the in-memory tape; report rows/s and bytes per quote") { data, repeat, json };
        command.SetAction(async (parse, cancel) =>
        {
            string dir = parse.GetRequiredValue(data).FullName;
            var first = await TapeLoadMeasurement.RunAsync(dir, cancel);
            double best = first.Seconds;
            long rows = first.Quotes, structural = first.Tape.MemoryBytes;
            double bytesPerQuote = first.BytesPerQuote;
            first = null;
            for (int i = 1; i < Math.Max(1, parse.GetValue(repeat)); i++)
                best = Math.Min(best, (await TapeLoadMeasurement.RunAsync(dir, cancel)).Seconds);

            var result = new
            {
                option_rows = rows,
                best_seconds = Math.Round(best, 3),
                tape_load_rows_per_sec = Math.Round(rows / best),
                bytes_per_quote = Math.Round(bytesPerQuote, 1),
                tape_array_bytes_per_quote = Math.Round((double)structural / rows, 1),
                cores = Environment.ProcessorCount,
            };
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(result));
            else
                Console.Out.WriteLine($"{rows:N0} option rows in {best:F3} s: {result.tape_load_rows_per_sec:N0} rows/s, {result.bytes_per_quote} bytes/quote retained ({result.tape_array_bytes_per_quote} in tape arrays), {result.cores} cores");
            return ExitCodes.Ok;
        });
        return command;
    }
}
