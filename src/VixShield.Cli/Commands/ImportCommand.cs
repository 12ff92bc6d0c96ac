using System.CommandLine;
using VixShield.Data.Import;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield data import</c>: vendor files (Cboe EOD, OptionsDX, CSV series and VIX files) into a dataset.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Vendor format of the option files", Required = true };
        format.AcceptOnlyFromAmong(ImportFormatNames.CboeEod, ImportFormatNames.OptionsDx);
        var options = new Option<FileInfo[]>("--options") { Description = "Option files (.csv/.txt, or .zip of them)", Required = true, AllowMultipleArgumentsPerToken = true };
        var series = new Option<FileInfo>("--series") { Description = "CSV with the series.parquet columns (date,spx_open,...,rate), header required", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Dataset folder to create", Required = true };
        var futures = new Option<FileInfo?>("--vix-futures") { Description = "Optional CSV: date,expiration,bid,ask,settle" };
        var vixOptions = new Option<FileInfo?>("--vix-options") { Description = "Optional CSV: date,expiration,strike,right,bid,ask,iv,delta,future" };
        var lenient = CommonOptions.Lenient();
        var force = new Option<bool>("--force") { Description = "Replace an existing dataset folder (only once the new one is complete)" };
        var command = new Command("import", "Import vendor option data and a series CSV into a dataset folder (formats: see data/README.md)")
        {
            format, options, series, output, futures, vixOptions, lenient, force,
        };
        command.SetAction(async (parse, cancel) =>
        {
            ImportFormatNames.TryParse(parse.GetRequiredValue(format), out var vendor);
            var request = new ImportRequest
            {
                Format = vendor,
                OptionFiles = parse.GetRequiredValue(options).Select(f => f.FullName).ToList(),
                SeriesFile = parse.GetRequiredValue(series).FullName,
                OutputDirectory = parse.GetRequiredValue(output).FullName,
                VixFuturesFile = parse.GetValue(futures)?.FullName,
                VixOptionsFile = parse.GetValue(vixOptions)?.FullName,
                Lenient = parse.GetValue(lenient),
                Force = parse.GetValue(force),
            };
            var report = await VendorImporter.ImportAsync(request, cancel);
            var o = Console.Out;
            o.WriteLine($"{report.Dataset}");
            o.WriteLine($"  series       {report.Series.Written:N0} of {report.Series.Read:N0} rows");
            o.WriteLine($"  spx options  {report.SpxOptions.Written:N0} of {report.SpxOptions.Read:N0} rows");
            if (report.VixFutures.Read > 0)
                o.WriteLine($"  vix futures  {report.VixFutures.Written:N0} of {report.VixFutures.Read:N0} rows");
            if (report.VixOptions.Read > 0)
                o.WriteLine($"  vix options  {report.VixOptions.Written:N0} of {report.VixOptions.Read:N0} rows");
            foreach (var (reason, count) in report.Skipped)
                o.WriteLine($"  skipped      {reason}: {count:N0}");
            foreach (var (problem, count) in report.Dropped)
                o.WriteLine($"  dropped      {problem}: {count:N0}");
            if (report.GreeksFilled > 0)
                o.WriteLine($"  greeks filled (blank IV/greeks given zero-vol values): {report.GreeksFilled:N0}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
