using System.Text;
using VixShield.Reports.Model;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Html;

/// <summary>What the hedge bought: every metric of the set hedged, with the hedge off, and the difference.</summary>
internal static class HedgeComparisonSection
{
    public static void Write(StringBuilder html, SetDetail detail)
    {
        html.Append("<section id=\"hedge\"><h2>What the hedge bought</h2><p class=\"note\">")
            .Append("The same parameters run again with the ALVH hedge off, over the same dates. Difference = hedged − hedge off, in the metric's units.</p>")
            .Append("<div class=\"table-wrap\"><table><caption class=\"visually-hidden\">metrics hedged and with the hedge off</caption><thead><tr>")
            .Append("<th scope=\"col\" class=\"text\">metric</th><th scope=\"col\" class=\"text\">unit</th><th scope=\"col\">hedged</th><th scope=\"col\">hedge off</th><th scope=\"col\">difference</th></tr></thead><tbody>");
        foreach (string metric in MetricTable.Names)
        {
            var units = MetricUnits.Of(metric);
            double hedged = MetricTable.ValueOf(detail.Hedged.Metrics, metric);
            double off = MetricTable.ValueOf(detail.HedgeOff.Metrics, metric);
            double difference = hedged - off;
            html.Append("<tr><th scope=\"row\" class=\"text\" title=\"").Append(HtmlText.Escape(units.Description)).Append("\">").Append(metric)
                .Append("</th><td>").Append(HtmlText.Escape(units.Unit)).Append("</td><td class=\"num\">").Append(units.Text(hedged))
                .Append("</td><td class=\"num\">").Append(units.Text(off)).Append("</td><td class=\"num\">")
                .Append(double.IsFinite(difference) && difference > 0 ? "+" : "").Append(units.Text(difference)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }
}
