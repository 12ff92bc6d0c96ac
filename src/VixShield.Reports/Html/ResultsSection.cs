using System.Text;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The results table: rank, set (linked to its page), every axis value and metric, whether it meets the constraints.</summary>
internal static class ResultsSection
{
    public const string TableId = "results-table";

    public static void Write(StringBuilder html, SweepReport report)
    {
        var table = report.Results;
        var units = table.MetricNames.Select(MetricUnits.Of).ToArray();
        var columns = new List<TableColumn>
        {
            new("rank", "1 = best", true),
            new("set", "grid index", true, "the set's index in the sweep's grid; linked sets have a detail page"),
        };
        columns.AddRange(table.AxisNames.Select(a => new TableColumn(a, "axis", false)));
        columns.AddRange(units.Select(u => new TableColumn(u.Metric, u.Unit, true, u.Description)));
        columns.Add(new TableColumn("constraints", "met?", false));
        columns.Add(new TableColumn("error", "", false));

        var rows = table.Rows.Select(row =>
        {
            var cells = new List<TableCell>
            {
                row.Rank is { } rank ? TableCell.Number(Figures.Count(rank), rank) : new TableCell("—", double.NaN),
                new(Figures.Count(row.SetIndex), row.SetIndex, row.DetailPage),
            };
            cells.AddRange(row.AxisValues.Select(v => new TableCell(v)));
            for (int m = 0; m < units.Length; m++)
            {
                double? value = m < row.Metrics.Count ? row.Metrics[m] : null;
                cells.Add(TableCell.Number(units[m].Text(value), units[m].Display(value)));
            }

            cells.Add(new TableCell(row.Error is not null ? "—" : row.MeetsConstraints ? "yes" : "no"));
            cells.Add(new TableCell(row.Error ?? ""));
            string? rowClass = row.Error is not null ? "error" : row.MeetsConstraints ? null : "fails";
            return (rowClass, cells.ToArray());
        });

        html.Append("<section id=\"results\"><h2>Results</h2><p class=\"note\">")
            .Append(HtmlText.Escape($"The top {Figures.Count(table.Rows.Count(r => r.Rank is not null))} sets by {report.Summary.RankBy}"))
            .Append(HtmlText.Escape(report.Summary.Constraints.Count > 0 ? $" among those meeting {string.Join(" and ", report.Summary.Constraints)}" : ""))
            .Append(HtmlText.Escape(table.Rows.Any(r => r.Error is not null) ? $", then {Figures.Count(table.Rows.Count(r => r.Error is not null))} sets that failed to run" : ""))
            .Append(HtmlText.Escape($"; {Figures.Count(table.OmittedRows)} more not shown. Click a column header to sort, type in the boxes to filter (numbers in the units shown: >10 on irr keeps IRR above 10% a year). A linked set number opens its detail page."))
            .Append("</p>");
        SortableTable.Write(html, TableId, "results by parameter set", columns, rows, columnFilters: true);
        html.Append("</section>\n");
    }
}
