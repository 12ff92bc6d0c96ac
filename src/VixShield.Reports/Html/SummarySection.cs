using System.Text;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The top of the index page: the answer at a glance (best set, its verdict) and what was swept, on what, how big, how long.</summary>
internal static class SummarySection
{
    public static void Write(StringBuilder html, SweepReport report)
    {
        var s = report.Summary;
        var rank = RankMetric.Parse(s.RankBy);
        int rankColumn = report.Results.MetricNames.ToList().IndexOf(rank.Metric);
        var best = report.Results.Rows.FirstOrDefault(r => r.Rank == 1);

        html.Append("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        if (best is not null && rankColumn >= 0)
        {
            Card(html, $"best {rank.Metric} (set {best.SetIndex})", rank.Units.Text(best.Metrics[rankColumn]), rank.Units.Unit,
                best.DetailPage);
        }
        else
        {
            Card(html, "best set", "none", "no set met the constraints", null);
        }

        Card(html, "parameter sets", Figures.Count(s.TotalSets), "in the grid", null);
        Card(html, "completed", Figures.Count(s.CompletedSets), $"{Figures.Count(s.FailedSets)} failed", null);
        Card(html, "wall time", s.WallTime is { } wall ? Figures.Duration(wall) : "unknown", "submission to last result", null);
        Card(html, "nodes × cores", $"{Known(s.Nodes)} × {Known(s.Cores)}", "cores over all nodes", null);
        var verdict = OverfittingVerdict.Of(report.Overfitting);
        Card(html, "real or luck?", verdict.Headline, "see overfitting", "#overfitting");
        html.Append("</div>");

        html.Append("<h3>Sweep</h3><dl class=\"facts\">");
        FactList.Item(html, "sweep", $"{s.SweepName} (id {s.SweepId})");
        FactList.Item(html, "dataset", $"{s.DatasetName} — {s.DatasetSource}");
        FactList.Item(html, "period", $"{TradingDate.Text(s.PeriodFrom)} to {TradingDate.Text(s.PeriodTo)} (calendar dates, inclusive)");
        FactList.Item(html, "starting capital", Figures.Dollars(s.StartingCapital));
        FactList.Item(html, "ranked by", rank.HigherIsBetter ? $"{rank.Metric}, highest first" : $"{rank.Metric}, lowest first");
        FactList.Item(html, "constraints", s.Constraints.Count == 0 ? "none" : string.Join("; ", s.Constraints));
        FactList.Item(html, "report generated", s.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</dl>");
        html.Append("<details class=\"source\"><summary>sweep file: ").Append(HtmlText.Escape(s.SweepFileName)).Append("</summary><pre>")
            .Append(HtmlText.Escape(s.SweepFileText)).Append("</pre></details></section>\n");
    }

    private static void Card(StringBuilder html, string key, string value, string small, string? href)
    {
        html.Append("<div class=\"card\"><div class=\"k\">").Append(HtmlText.Escape(key)).Append("</div><div class=\"v\">");
        if (href is not null)
            html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(HtmlText.Escape(value)).Append("</a>");
        else
            html.Append(HtmlText.Escape(value));
        html.Append(" <small>").Append(HtmlText.Escape(small)).Append("</small></div></div>");
    }

    private static string Known(int? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
}
