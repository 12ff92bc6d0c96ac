using System.Globalization;
using System.Text;
using VixShield.Reports.Charts;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>A detail page's charts: equity and drawdown hedged against hedge off, returns per year, and the hedge layers against VIX.</summary>
internal static class DetailCharts
{
    public static void WriteEquity(StringBuilder html, SetDetail d)
    {
        var hedgedDrawdown = d.Hedged.Drawdowns().Select(x => -x * 100).ToArray();
        var offDrawdown = d.HedgeOff.Drawdowns().Select(x => -x * 100).ToArray();
        html.Append("<section id=\"equity\"><h2>Equity and drawdown</h2><figure>")
            .Append(TimeSeriesChart.Render("Daily equity, dollars (marks at mid), hedged and with the hedge off", "equity, $",
                [new ChartSeries("hedged", "s-hedged", d.Hedged.Dates, d.Hedged.Equity), new ChartSeries("hedge off", "s-off", d.HedgeOff.Dates, d.HedgeOff.Equity)]))
            .Append("</figure><figure>")
            .Append(TimeSeriesChart.Render("Drawdown from the running peak, percent, hedged and with the hedge off", "drawdown, % of peak",
                [new ChartSeries("hedged", "s-hedged", d.Hedged.Dates, hedgedDrawdown), new ChartSeries("hedge off", "s-off", d.HedgeOff.Dates, offDrawdown)],
                includeZero: true, height: 220))
            .Append("</figure></section>\n");
    }

    public static void WriteYearly(StringBuilder html, SetDetail d)
    {
        var years = d.Hedged.Years.Union(d.HedgeOff.Years).Order().ToArray();
        double[] Of(BacktestResultYears r) => years.Select(y => Array.IndexOf(r.Years, y) is var i and >= 0 ? r.Returns[i] * 100 : double.NaN).ToArray();
        var hedged = Of(new(d.Hedged.Years, d.Hedged.YearlyReturns));
        var off = Of(new(d.HedgeOff.Years, d.HedgeOff.YearlyReturns));
        var labels = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        string Tooltip(int s, int c) => string.Create(CultureInfo.InvariantCulture,
            $"{labels[c]} {(s == 0 ? "hedged" : "hedge off")}: {Figures.Decimal(s == 0 ? hedged[c] : off[c], 2)}%");
        html.Append("<section id=\"years\"><h2>Returns per year</h2><p class=\"note\">Each calendar year's last equity over the previous year's (the starting capital for the first), percent.</p><figure>")
            .Append(BarChart.Render("Return per calendar year, percent, hedged and with the hedge off", "return, %", "calendar year", labels,
                [("hedged", "s-hedged", hedged), ("hedge off", "s-off", off)], Tooltip, height: 240))
            .Append("</figure><div class=\"table-wrap\"><table><caption class=\"visually-hidden\">returns per year</caption><thead><tr><th scope=\"col\" class=\"text\">year</th><th scope=\"col\">hedged, %</th><th scope=\"col\">hedge off, %</th><th scope=\"col\">difference, % points</th></tr></thead><tbody>");
        for (int i = 0; i < years.Length; i++)
        {
            html.Append("<tr><th scope=\"row\" class=\"text\">").Append(labels[i]).Append("</th>")
                .Append(Cell(hedged[i])).Append(Cell(off[i])).Append(Cell(hedged[i] - off[i])).Append("</tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    public static void WriteHedgeTimeline(StringBuilder html, SetDetail d)
    {
        html.Append("<section id=\"timeline\"><h2>Hedge layers against VIX</h2><p class=\"note\">")
            .Append(HtmlText.Escape($"{Figures.Count(d.HedgedTrades.HedgeLayers.Count)} layers; hover a bar for its instrument, dates, premium and result."))
            .Append("</p><figure>").Append(HedgeTimelineChart.Render(d.VixDates, d.VixCloses, d.HedgedTrades.HedgeLayers)).Append("</figure></section>\n");
    }

    private static string Cell(double percent) =>
        $"<td class=\"num{(percent < 0 ? " neg" : "")}\">{Figures.Decimal(percent, 2)}</td>";

    private sealed record BacktestResultYears(int[] Years, double[] Returns);
}
