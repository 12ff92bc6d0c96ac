using System.CommandLine;
using System.Globalization;
using VixShield.Cli.Remote;
using VixShield.Grid.Api;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield status [ID] --to URL</c>: every sweep on a grid as a table, or one sweep's status in full.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("ID") { Description = "A sweep id (as vixshield submit printed it); without it, every sweep", Arity = ArgumentArity.ZeroOrOne };
        var to = CommonOptions.GridUrl();
        var tokenFile = CommonOptions.TokenFile();
        var command = new Command("status", "Show the sweeps on a grid, or one sweep's progress and error") { id, to, tokenFile };
        command.SetAction(async (parse, cancel) =>
        {
            using var grid = new GridApiClient(parse.GetRequiredValue(to), ApiToken.Read(parse.GetValue(tokenFile)));
            if (parse.GetValue(id) is { Length: > 0 } sweepId)
                WriteOne(Console.Out, await grid.StatusAsync(sweepId, cancel));
            else
                WriteTable(Console.Out, await grid.ListAsync(cancel), grid.Grid);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteOne(TextWriter o, SweepStatusJson s)
    {
        o.WriteLine($"id        {s.Id}");
        o.WriteLine($"name      {s.Name}");
        o.WriteLine($"phase     {s.Phase}");
        o.WriteLine($"sets      {s.SetsDone:N0}/{s.TotalSets:N0} ({(s.Progress * 100).ToString("F1", CultureInfo.InvariantCulture)}%)");
        o.WriteLine($"units     {s.UnitsDone:N0}/{s.Units:N0} done, {s.UnitsInFlight:N0} in flight");
        o.WriteLine($"started   {Time(s.AcceptedAtUtc)}");
        o.WriteLine($"finished  {Time(s.FinishedAtUtc)}");
        if (s.Error is { } error)
            o.WriteLine($"error     {error}");
    }

    private static void WriteTable(TextWriter o, IReadOnlyList<SweepStatusJson> sweeps, Uri grid)
    {
        if (sweeps.Count == 0)
        {
            o.WriteLine($"no sweeps on {grid}");
            return;
        }

        string[] header = ["id", "name", "phase", "sets", "started", "finished"];
        var rows = sweeps.Select(s => (string[])[s.Id, s.Name, s.Phase, $"{s.SetsDone:N0}/{s.TotalSets:N0}", Time(s.AcceptedAtUtc), Time(s.FinishedAtUtc)]).ToArray();
        int[] widths = header.Select((h, c) => Math.Max(h.Length, rows.Max(r => r[c].Length))).ToArray();
        foreach (var line in rows.Prepend(header))
            o.WriteLine(string.Join("  ", line.Select((cell, c) => c == 3 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
    }

    /// <summary>UTC, as the grid keeps it: a grid's nodes and its users are rarely in one time zone.</summary>
    private static string Time(DateTime? utc) =>
        utc is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";
}
