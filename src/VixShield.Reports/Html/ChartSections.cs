using System.Globalization;
using System.Text;
using VixShield.Reports.Charts;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The index page's charts over the whole grid: heatmaps, one sensitivity chart per axis, and the IRR/drawdown scatter.</summary>
internal static class ChartSections
{
    public static void WriteHeatmaps(StringBuilder html, SweepReport report)
    {
        if (report.Heatmaps.Count == 0)
            return;
        html.Append("<section id=\"heatmaps\"><h2>Heatmaps</h2>");
        var fixedAxes = report.Heatmaps[0].FixedAxes;
        html.Append("<p class=\"note\">")
            .Append(HtmlText.Escape(fixedAxes.Count == 0
                ? "Every set of the grid is on these maps. Greener is better; hover a cell for its value."
                : "Other axes held at the best set's values: " + string.Join(", ", fixedAxes.Select(a => $"{a.Axis} = {a.Value}")) + ". Greener is better; grey = no such set or it failed; the outlined cell is the rank-1 set; hover a cell for its value."))
            .Append("</p><div class=\"grid3\">");
        var best = report.Results.Rows.FirstOrDefault(r => r.Rank == 1);
        foreach (var map in report.Heatmaps)
            html.Append("<figure>").Append(HeatmapChart.Render(map, best is null ? null : CellOf(map, report.Results.AxisNames, best))).Append("</figure>");
        html.Append("</div></section>\n");
    }

    private static (int X, int Y)? CellOf(Heatmap map, IReadOnlyList<string> axes, ResultRow row)
    {
        int xAxis = axes.ToList().IndexOf(map.XAxis), yAxis = axes.ToList().IndexOf(map.YAxis);
        if (xAxis < 0 || yAxis < 0)
            return null;
        // Only when the set also has the values the map holds its other axes at: otherwise it is not on this slice.
        for (int a = 0; a < axes.Count; a++)
        {
            var held = map.FixedAxes.FirstOrDefault(f => f.Axis == axes[a]);
            if (held is not null && held.Value != row.AxisValues[a])
                return null;
        }

        return (map.XValues.ToList().IndexOf(row.AxisValues[xAxis]), map.YValues.ToList().IndexOf(row.AxisValues[yAxis]));
    }

    public static void WriteSensitivities(StringBuilder html, SweepReport report)
    {
        if (report.Sensitivities.Count == 0)
            return;
        html.Append("<section id=\"sensitivity\"><h2>Sensitivity by axis</h2><p class=\"note\">")
            .Append(HtmlText.Escape("For each value of an axis, the best and the median rank metric over every completed set with that value. A robust choice has a high median, not just one lucky best."))
            .Append("</p><div class=\"grid2\">");
        foreach (var axis in report.Sensitivities)
        {
            var units = MetricUnits.Of(axis.Metric);
            var best = axis.Best.Select(v => units.Display(v)).ToArray();
            var median = axis.Median.Select(v => units.Display(v)).ToArray();
            string Tooltip(int s, int c) => string.Create(CultureInfo.InvariantCulture,
                $"{axis.Axis} = {axis.Values[c]}: {(s == 0 ? (axis.HigherIsBetter ? "best" : "best (lowest)") : "median")} {axis.Metric} {units.TextWithUnit(s == 0 ? axis.Best[c] : axis.Median[c])} over {axis.SetCounts[c]} sets");
            html.Append("<figure>")
                .Append(BarChart.Render($"{axis.Metric} ({units.Unit}) by {axis.Axis}: best and median", $"{axis.Metric}, {units.Unit}", axis.Axis,
                    axis.Values, [("best", "s1", best), ("median", "s2", median)], Tooltip, width: 560, height: 240))
                .Append("</figure>");
        }

        html.Append("</div></section>\n");
    }

    private static string Shown(RiskReturnScatter scatter) =>
        scatter.SetCount > scatter.Points.Count
            ? $"{Figures.Count(scatter.Points.Count)} of {Figures.Count(scatter.SetCount)} sets drawn (every front and table set, an even sample of the rest)"
            : $"{Figures.Count(scatter.Points.Count)} sets";

    public static void WriteScatter(StringBuilder html, SweepReport report)
    {
        var pages = report.Details.ToDictionary(d => d.SetIndex, d => d.PageFileName);
        int front = report.Scatter.Points.Count(p => p.OnParetoFront);
        html.Append("<section id=\"risk-return\"><h2>IRR against max drawdown</h2><p class=\"note\">")
            .Append(HtmlText.Escape($"{Shown(report.Scatter)}, {Figures.Count(front)} on the Pareto front (no other set has both a higher IRR and a lower drawdown). Up and to the left is better; ringed blue dots are in the results table and open their detail page."))
            .Append("</p><figure>").Append(ScatterChart.Render(report.Scatter, i => pages.GetValueOrDefault(i))).Append("</figure></section>\n");
    }
}
