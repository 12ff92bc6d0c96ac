using System.Text;
using VixShield.Reports.Charts;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The walk-forward: stitched out-of-sample equity beside the hindsight optimum, and each window's choice and result.</summary>
internal static class WalkForwardSection
{
    public const string TableId = "walk-forward-windows";

    public static void Write(StringBuilder html, SweepReport report)
    {
        if (report.WalkForward is not { } wf)
            return;
        var rank = RankMetric.Parse(report.Summary.RankBy);
        double capital = report.Summary.StartingCapital;
        double stitched = wf.StitchedEquity.Length > 0 ? wf.StitchedEquity[^1] / capital - 1 : double.NaN;
        double optimum = wf.InSampleOptimumEquity.Length > 0 ? wf.InSampleOptimumEquity[^1] / capital - 1 : double.NaN;
        html.Append("<section id=\"walk-forward\"><h2>Walk-forward</h2><p class=\"note\">")
            .Append(HtmlText.Escape($"Each window picks the best set by {report.Summary.RankBy} on its in-sample years and trades it on the out-of-sample years that follow. Stitched out-of-sample return {Figures.Percent(stitched)} against {Figures.Percent(optimum)} for set {wf.InSampleOptimumSetIndex}, the best over the whole period chosen with hindsight, on the same dates (total returns from {Figures.Dollars(capital)})."))
            .Append("</p><figure>")
            .Append(TimeSeriesChart.Render("Walk-forward: stitched out-of-sample equity and the hindsight optimum, dollars", "equity, $",
                [new ChartSeries("walk-forward (out of sample)", "s1", wf.Dates, wf.StitchedEquity),
                 new ChartSeries($"hindsight optimum (set {wf.InSampleOptimumSetIndex})", "s2", wf.Dates, wf.InSampleOptimumEquity)]))
            .Append("</figure>");
        var columns = new List<TableColumn>
        {
            new("window", "", true),
            new("in sample", "calendar dates", false),
            new("out of sample", "calendar dates", false),
            new("chosen set", "grid index", true),
        };
        columns.AddRange(report.Results.AxisNames.Select(a => new TableColumn(a, "axis", false)));
        columns.Add(new TableColumn($"in-sample {rank.Metric}", rank.Units.Unit, true));
        columns.Add(new TableColumn("out-of-sample return", "% total", true));
        var rows = wf.Windows.Select(w =>
        {
            var cells = new List<TableCell>
            {
                TableCell.Number((w.Window.Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), w.Window.Number + 1),
                new($"{TradingDate.Text(w.Window.InSampleFrom)} – {TradingDate.Text(w.Window.InSampleTo)}"),
                new($"{TradingDate.Text(w.Window.OutOfSampleFrom)} – {TradingDate.Text(w.Window.OutOfSampleTo)}"),
                TableCell.Number(Figures.Count(w.ChosenSetIndex), w.ChosenSetIndex),
            };
            cells.AddRange(w.ChosenAxisValues.Select(v => new TableCell(v)));
            cells.Add(TableCell.Number(rank.Units.Text(w.InSampleScore), rank.Units.Display(w.InSampleScore)));
            cells.Add(TableCell.Number(Figures.Decimal(w.OutOfSampleReturn * 100, 2), w.OutOfSampleReturn * 100, w.OutOfSampleReturn < 0 ? "neg" : null));
            return ((string?)null, cells.ToArray());
        });
        SortableTable.Write(html, TableId, "walk-forward windows", columns, rows, columnFilters: false);
        html.Append("</section>\n");
    }
}
