using System.Text;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>One top-N set's page: its parameters, hedged against hedge-off metrics, equity and drawdown, yearly returns, hedge timeline and trade lists.</summary>
internal static class DetailPage
{
    public static string Render(SweepReport report, SetDetail detail)
    {
        var s = report.Summary;
        var body = new StringBuilder(256 * 1024);
        body.Append("<p><a href=\"index.html\">← back to the sweep report</a></p>");
        body.Append("<section id=\"parameters\"><h2>Parameters</h2><dl class=\"facts\">");
        for (int a = 0; a < report.Results.AxisNames.Count && a < detail.AxisValues.Count; a++)
        {
            body.Append("<dt>").Append(HtmlText.Escape(report.Results.AxisNames[a])).Append("</dt><dd>")
                .Append(HtmlText.Escape(detail.AxisValues[a])).Append("</dd>");
        }

        body.Append("<dt>other parameters</dt><dd>as in the sweep file's base (see the sweep file on the report's front page)</dd></dl></section>\n");
        HedgeComparisonSection.Write(body, detail);
        DetailCharts.WriteEquity(body, detail);
        DetailCharts.WriteYearly(body, detail);
        DetailCharts.WriteHedgeTimeline(body, detail);
        TradeTables.Write(body, detail);

        return PageShell.Render(
            $"set {detail.SetIndex} (rank {detail.Rank}) — {s.SweepName}",
            $"Set {Figures.Count(detail.SetIndex)} · rank {detail.Rank}",
            $"{s.SweepName} · {TradingDate.Text(s.PeriodFrom)} to {TradingDate.Text(s.PeriodTo)}",
            [("index.html", "report"), ("#hedge", "hedge on/off"), ("#equity", "equity"), ("#years", "per year"), ("#timeline", "hedge timeline"), ("#trades", "trades")],
            body.ToString(),
            Footer.Text(s));
    }
}
