using System.Globalization;
using System.Text;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The index page of every sweep under a folder: one sortable row per sweep, linked to its report.</summary>
internal static class CatalogPage
{
    public const string TableId = "sweeps";

    public static string Render(SweepCatalog catalog)
    {
        var body = new StringBuilder(16 * 1024);
        body.Append("<section id=\"catalog\"><h2>Sweeps</h2>");
        TableColumn[] columns =
        [
            new("sweep", "", false), new("id", "", false), new("period", "calendar dates", false), new("sets", "in the grid", true),
            new("completed", "", true), new("failed", "", true), new("ranked by", "", false), new("best", "rank-1 value", true),
            new("best set", "axis values", false), new("report", "generated (UTC)", false),
        ];
        var rows = catalog.Sweeps.Select(e =>
        {
            var rank = RankMetric.Parse(e.RankBy);
            return ((string?)null, new TableCell[]
            {
                new(e.SweepName, null, e.ReportPath),
                new(e.SweepId),
                new($"{TradingDate.Text(e.PeriodFrom)} – {TradingDate.Text(e.PeriodTo)}"),
                TableCell.Number(Figures.Count(e.TotalSets), e.TotalSets),
                TableCell.Number(Figures.Count(e.CompletedSets), e.CompletedSets),
                TableCell.Number(Figures.Count(e.FailedSets), e.FailedSets),
                new(e.RankBy),
                TableCell.Number(e.BestScore is { } b ? rank.Units.TextWithUnit(b) : "—", rank.Units.Display(e.BestScore)),
                new(e.BestSet ?? "—"),
                new(e.GeneratedAt is { } g ? g.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "no report yet", null, e.GeneratedAt is null ? null : e.ReportPath),
            });
        });
        SortableTable.Write(body, TableId, "sweeps", columns, rows, columnFilters: false);
        body.Append("</section>");
        return PageShell.Render($"{catalog.Title} — sweeps", catalog.Title, $"{Figures.Count(catalog.Sweeps.Count)} sweeps", [], body.ToString(), "VixShield Grid · sweep catalog");
    }
}
