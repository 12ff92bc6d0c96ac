using System.CommandLine;
using VixShield.Cli.Output;
using VixShield.Cli.Parameters;
using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;
using VixShield.Data.Format;
using VixShield.Data.Loading;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield backtest --data DIR</c>: one parameter set over a dataset, with metrics, trades and equity.</summary>
internal static class BacktestCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Dataset folder", Required = true };
        var from = CommonOptions.Date("--from", "First snapshot to trade (indicators still warm up on earlier data)");
        var to = CommonOptions.Date("--to", "Last snapshot to trade");
        var capital = new Option<double>("--capital") { Description = "Starting capital, dollars", DefaultValueFactory = _ => 1_000_000 };
        var parameters = new ParameterArguments();
        var json = CommonOptions.Json();
        var trades = new Option<FileInfo?>("--trades") { Description = "Write every fill and settlement to this CSV" };
        var equity = new Option<FileInfo?>("--equity") { Description = "Write date, equity, drawdown to this CSV" };
        var hedges = new Option<FileInfo?>("--hedges") { Description = "Write every hedge layer, open to close, to this CSV" };
        var command = new Command("backtest", "Run one parameter set of the iron-condor + ALVH strategy over a dataset")
        {
            data, from, to, capital, json, trades, equity, hedges,
        };
        parameters.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var p = parameters.Read(parse);
            if (parse.GetValue(capital) is not (> 0 and < 1e12))
                throw new ParameterException("--capital", "must be a positive number of dollars");

            var loaded = await TapeLoader.LoadAsync(parse.GetRequiredValue(data).FullName, cancel: cancel);
            var tape = loaded.Tape;
            var (first, last) = SnapshotRange(tape, parse.GetValue(from), parse.GetValue(to));
            var log = new TradeLog();
            var result = Backtest.Run(new MarketContext(tape), p, new BacktestOptions(parse.GetValue(capital), first, last, log));

            if (parse.GetValue(trades) is { } tradesFile)
                AtomicFile.Write(tradesFile.FullName, w => BacktestCsv.WriteTrades(w, log));
            if (parse.GetValue(hedges) is { } hedgesFile)
                AtomicFile.Write(hedgesFile.FullName, w => BacktestCsv.WriteHedgeLayers(w, log));
            if (parse.GetValue(equity) is { } equityFile)
                AtomicFile.Write(equityFile.FullName, w => BacktestCsv.WriteEquity(w, result));
            if (parse.GetValue(json))
                Console.Out.WriteLine(BacktestSummary.Serialize(BacktestSummary.ToJson(result, p, tape.Name)));
            else
                BacktestSummary.WriteTable(Console.Out, result, tape.Name);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The snapshot indexes of the first date ≥ from and the last ≤ to.</summary>
    private static (int First, int Last) SnapshotRange(MarketTape tape, DateOnly? from, DateOnly? to)
    {
        int fromCode = from is { } f ? DateCode.FromDate(f) : int.MinValue, toCode = to is { } t ? DateCode.FromDate(t) : int.MaxValue;
        int first = Array.FindIndex(tape.Dates, d => d >= fromCode);
        int last = Array.FindLastIndex(tape.Dates, d => d <= toCode);
        if (first < 0 || last < first)
            throw new ParameterException("--from/--to", $"no snapshot of {tape.Name} ({DateCode.Format(tape.Dates[0])}..{DateCode.Format(tape.Dates[^1])}) falls in the range");
        return (first, last);
    }
}
