using System.CommandLine;
using VixShield.Cli;
using VixShield.Cli.Commands;
using VixShield.Cli.Remote;
using VixShield.Core.Strategy;
using VixShield.Data.Format;
using VixShield.Sweeps;
using VixShield.Grid.Results;

var root = new RootCommand("VixShield Grid: research SPX iron condors with an adaptive layered VIX hedge")
{
    new Command("data", "Market datasets: generate, import, inspect")
    {
        GenerateCommand.Create(),
        ImportCommand.Create(),
        InspectCommand.Create(),
    },
    BacktestCommand.Create(),
    SweepCommand.Create(),
    ReportCommand.Create(),
    NodeCommand.Create(),
    SubmitCommand.Create(),
    StatusCommand.Create(),
    new Command("bench", "Benchmarks whose figures the closing notes quote")
    {
        BenchEngineCommand.Create(),
        BenchLoadCommand.Create(),
        BenchGridCommand.Create(),
        BenchClusterCommand.Create(),
        BenchCoordinatorCommand.Create(),
    },
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"vixshield: {error.Message}");
    Console.Error.WriteLine("Run 'vixshield --help' (or add --help to a command) for usage.");
    return ExitCodes.Usage;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    // Our own handler below turns user mistakes into one line; only genuine bugs keep their stack trace.
    // Ctrl-C is ours too (ProcessTerminationTimeout = null), so a cancelled run can clean up before exiting.
    var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
    return await parse.InvokeAsync(invocation, cancel.Token);
}
catch (DatasetException e)
{
    Console.Error.WriteLine($"vixshield: {e.Message}");
    return ExitCodes.BadInput;
}
catch (ParameterException e)
{
    Console.Error.WriteLine($"vixshield: {e.Message}");
    return ExitCodes.BadInput;
}
catch (ResultsFileException e)
{
    Console.Error.WriteLine($"vixshield: {e.Message}");
    return ExitCodes.BadInput;
}
catch (GridApiException e)
{
    Console.Error.WriteLine($"vixshield: {e.Message}");
    return ExitCodes.BadInput;
}
catch (Exception e) when (e is SweepFolderException or SweepException)
{
    Console.Error.WriteLine($"vixshield: {e.Message}");
    return ExitCodes.BadInput;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("vixshield: cancelled");
    return ExitCodes.Cancelled;
}
