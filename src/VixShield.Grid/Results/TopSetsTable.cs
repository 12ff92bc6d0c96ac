using System.Globalization;
using VixShield.Sweeps.Ranking;

namespace VixShield.Grid.Results;

/// <summary>Prints the best sets of a sweep, by its <c>rank_by</c> with its constraints applied, as a text table.</summary>
public static class TopSetsTable
{
    private static readonly string[] Shown = ["irr", "cagr", "max_drawdown", "sharpe", "trades"];

    public static void Write(TextWriter o, SweepResultTable table, int count = 10)
    {
        var sweep = table.Sweep;
        var row = new Dictionary<long, int>();
        for (int r = 0; r < table.Rows.Count; r++)
            row[table.Rows[r].Index] = r;
        var ok = table.Rows.Where(r => r.Metrics is not null).Select(r => (r.Index, r.Metrics!)).ToArray();
        var ranked = Leaderboard.Rank(ok, sweep.RankBy, sweep.Constraints);
        string constraints = sweep.Constraints.Count == 0 ? "no constraints" : string.Join(", ", sweep.Constraints);
        o.WriteLine($"{sweep.Name}: {table.Rows.Count:N0} sets, {table.Rows.Count - ok.Length:N0} failed, {ranked.Count:N0} meet {constraints}; top {Math.Min(count, ranked.Count)} by {sweep.RankBy}");
        if (ranked.Count == 0)
            return;

        string[] metrics = [sweep.RankBy.Metric, .. Shown.Where(m => m != sweep.RankBy.Metric)];
        string[] header = ["rank", "set", .. table.AxisNames, .. metrics];
        var lines = ranked.Take(count).Select((s, i) =>
        {
            int r = row[s.Index];
            return (string[])[
                (i + 1).ToString(CultureInfo.InvariantCulture), s.Index.ToString(CultureInfo.InvariantCulture),
                .. Enumerable.Range(0, table.AxisNames.Count).Select(a => table.AxisText(r, a)),
                .. metrics.Select(m => Format(m, MetricTable.ValueOf(s.Metrics, m))),
            ];
        }).ToArray();
        int[] widths = header.Select((h, c) => Math.Max(h.Length, lines.Max(l => l[c].Length))).ToArray();
        o.WriteLine(string.Join("  ", header.Select((h, c) => h.PadLeft(widths[c]))));
        foreach (var line in lines)
            o.WriteLine(string.Join("  ", line.Select((v, c) => v.PadLeft(widths[c]))));
    }

    private static string Format(string metric, double value) => !double.IsFinite(value) ? "n/a" : metric switch
    {
        "irr" or "cagr" or "max_drawdown" or "win_rate" or "cvar_95" or "hedge_cost_share" => (value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%",
        "trades" or "hedge_layers" or "max_dd_days" => value.ToString("F0", CultureInfo.InvariantCulture),
        _ => value.ToString("F2", CultureInfo.InvariantCulture),
    };
}
