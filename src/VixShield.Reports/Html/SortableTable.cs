using System.Text;

namespace VixShield.Reports.Html;

/// <summary>A column of a sortable table: its header, its unit (shown under the header) and whether it sorts as numbers.</summary>
internal sealed record TableColumn(string Header, string Unit, bool Numeric, string? Description = null);

/// <summary>One table cell: the text shown, the number it sorts and filters by (display units), an optional link.</summary>
internal readonly record struct TableCell(string Text, double? SortValue = null, string? Href = null, string? CssClass = null)
{
    public static TableCell Number(string text, double value, string? cssClass = null) => new(text, value, null, cssClass);
}

/// <summary>A table the page script sorts by clicking a header and filters by a text box and per-column boxes.</summary>
internal static class SortableTable
{
    public static void Write(
        StringBuilder html,
        string id,
        string caption,
        IReadOnlyList<TableColumn> columns,
        IEnumerable<(string? RowClass, TableCell[] Cells)> rows,
        bool columnFilters)
    {
        var rowList = rows.ToList();
        html.Append("<div class=\"filter-bar\"><input class=\"filter\" type=\"search\" data-table=\"").Append(id)
            .Append("\" placeholder=\"filter rows (any text)\" aria-label=\"filter ").Append(HtmlText.Escape(caption)).Append("\">")
            .Append("<span data-count-for=\"").Append(id).Append("\">").Append(Figures.Count(rowList.Count)).Append(" rows</span></div>");
        html.Append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"").Append(id).Append("\"><caption class=\"visually-hidden\">")
            .Append(HtmlText.Escape(caption)).Append("</caption><thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\"").Append(column.Numeric ? "" : " class=\"text\"");
            if (column.Description is not null)
                html.Append(" title=\"").Append(HtmlText.Escape(column.Description)).Append('"');
            html.Append("><button type=\"button\" class=\"sort\">").Append(HtmlText.Escape(column.Header));
            if (column.Unit.Length > 0)
                html.Append("<span class=\"unit\">").Append(HtmlText.Escape(column.Unit)).Append("</span>");
            html.Append("</button></th>");
        }

        html.Append("</tr>");
        if (columnFilters)
        {
            html.Append("<tr class=\"filters\">");
            for (int c = 0; c < columns.Count; c++)
            {
                html.Append("<td><input class=\"col-filter\" type=\"text\" data-col=\"").Append(c).Append("\" aria-label=\"filter ")
                    .Append(HtmlText.Escape(columns[c].Header)).Append("\" placeholder=\"").Append(columns[c].Numeric ? "&gt;0" : "text").Append("\"></td>");
            }

            html.Append("</tr>");
        }

        html.Append("</thead><tbody>");
        foreach (var (rowClass, cells) in rowList)
        {
            html.Append(rowClass is null ? "<tr>" : $"<tr class=\"{rowClass}\">");
            for (int c = 0; c < cells.Length; c++)
            {
                var cell = cells[c];
                string classes = (columns[c].Numeric ? "num" : "") + (cell.CssClass is null ? "" : " " + cell.CssClass);
                html.Append("<td");
                if (classes.Trim().Length > 0)
                    html.Append(" class=\"").Append(classes.Trim()).Append('"');
                if (columns[c].Numeric)
                    html.Append(" data-v=\"").Append(cell.SortValue is { } v ? Figures.SortKey(v) : "").Append('"');
                html.Append('>');
                if (cell.Href is not null)
                    html.Append("<a href=\"").Append(HtmlText.Escape(cell.Href)).Append("\">").Append(HtmlText.Escape(cell.Text)).Append("</a>");
                else
                    html.Append(HtmlText.Escape(cell.Text));
                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }
}
