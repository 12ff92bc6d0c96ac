using System.CommandLine;
using System.Text.Json;
using VixShield.Data.Inspection;
using VixShield.Data.Loading;

namespace VixShield.Cli.Commands;

/// <summary><c>vixshield data inspect DIR</c>: what a dataset holds and how clean it is.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "Dataset folder" };
        var json = CommonOptions.Json();
        var lenient = CommonOptions.Lenient();
        var from = CommonOptions.Date("--from", "First snapshot to inspect");
        var to = CommonOptions.Date("--to", "Last snapshot to inspect");
        var command = new Command("inspect", "Summarise a dataset: date range, snapshots, option rows, expirations and strikes, missing weekdays, quality counts")
        {
            directory, json, lenient, from, to,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var loaded = await TapeLoader.LoadAsync(parse.GetRequiredValue(directory).FullName,
                new TapeLoadOptions(parse.GetValue(from), parse.GetValue(to), parse.GetValue(lenient)), cancel);
            var summary = DatasetInspector.Summarise(loaded);
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
            else
                WriteTable(summary);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(DatasetSummary s)
    {
        var o = Console.Out;
        o.WriteLine($"dataset            {s.Name} — {s.Source}");
        o.WriteLine($"dates              {s.FirstDate} .. {s.LastDate}  ({s.Snapshots:N0} snapshots)");
        o.WriteLine($"SPX option rows    {s.SpxOptionRows:N0}");
        o.WriteLine($"VIX futures rows   {s.VixFutureRows:N0}");
        o.WriteLine($"VIX option rows    {s.VixOptionRows:N0}");
        o.WriteLine($"expirations/snap   min {s.ExpirationsPerSnapshot.Min}  mean {s.ExpirationsPerSnapshot.Mean:F1}  max {s.ExpirationsPerSnapshot.Max}");
        o.WriteLine($"strikes/expiration min {s.StrikesPerExpiration.Min}  mean {s.StrikesPerExpiration.Mean:F1}  max {s.StrikesPerExpiration.Max}");
        o.WriteLine($"no-option snapshots {s.SnapshotsWithoutOptions}");
        o.WriteLine($"missing weekdays   {s.MissingWeekdays.Count}{(s.MissingWeekdays.Count > 0 ? "  (" + string.Join(", ", s.MissingWeekdays.Take(12)) + (s.MissingWeekdays.Count > 12 ? ", …" : "") + ")" : "")}");
        o.WriteLine($"zero-bid quotes    {s.QualityCounts.ZeroBidQuotes:N0}");
        o.WriteLine($"locked quotes      {s.QualityCounts.LockedQuotes:N0}");
        foreach (var (kind, count) in s.QualityCounts.Dropped)
            o.WriteLine($"dropped            {kind}: {count:N0}");
        o.WriteLine($"load time          {s.LoadSeconds:F2} s");
    }
}
