using System.Globalization;
using System.Text;
using VixShield.Reports.Html;

namespace VixShield.Reports.Charts;

/// <summary>Writes one inline SVG element: shapes in a fixed viewBox, coordinates rounded to 0.1 px so the text is short and the same every time.</summary>
internal sealed class SvgCanvas
{
    private readonly StringBuilder _svg = new();

    public SvgCanvas(double width, double height, string cssClass, string label)
    {
        Width = width;
        Height = height;
        _svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").Append(cssClass)
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(label)).Append("\">");
        _svg.Append("<title>").Append(HtmlText.Escape(label)).Append("</title>");
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>A number as SVG wants it: invariant, at most one decimal.</summary>
    public static string N(double value)
    {
        double rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    public SvgCanvas Line(double x1, double y1, double x2, double y2, string cssClass)
    {
        _svg.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1))
            .Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append("\"/>");
        return this;
    }

    public SvgCanvas Rect(double x, double y, double width, double height, string cssClass, string? fill = null, string? tooltip = null)
    {
        _svg.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" width=\"").Append(N(Math.Max(width, 0))).Append("\" height=\"").Append(N(Math.Max(height, 0))).Append('"');
        if (fill is not null)
            _svg.Append(" fill=\"").Append(fill).Append('"');
        return Close("rect", tooltip);
    }

    public SvgCanvas Circle(double cx, double cy, double r, string cssClass, string? tooltip = null)
    {
        _svg.Append("<circle class=\"").Append(cssClass).Append("\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy))
            .Append("\" r=\"").Append(N(r)).Append('"');
        return Close("circle", tooltip);
    }

    /// <summary>A polyline through the points; NaN values break it into separate runs.</summary>
    public SvgCanvas Polyline(IReadOnlyList<(double X, double Y)> points, string cssClass, string? tooltip = null)
    {
        int start = 0;
        while (start < points.Count)
        {
            while (start < points.Count && !IsFinite(points[start]))
                start++;
            int end = start;
            while (end < points.Count && IsFinite(points[end]))
                end++;
            if (end - start >= 1)
            {
                _svg.Append("<polyline class=\"").Append(cssClass).Append("\" points=\"");
                for (int i = start; i < end; i++)
                {
                    if (i > start)
                        _svg.Append(' ');
                    _svg.Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
                }

                _svg.Append('"');
                Close("polyline", tooltip);
            }

            start = end;
        }

        return this;
    }

    public SvgCanvas Text(double x, double y, string text, string cssClass, string anchor = "start")
    {
        _svg.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append('"');
        if (anchor != "start")
            _svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        _svg.Append('>').Append(HtmlText.Escape(text)).Append("</text>");
        return this;
    }

    /// <summary>Text turned a quarter left about its anchor, for a vertical axis title.</summary>
    public SvgCanvas VerticalText(double x, double y, string text, string cssClass)
    {
        _svg.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").Append(N(x)).Append(' ').Append(N(y)).Append(")\">")
            .Append(HtmlText.Escape(text)).Append("</text>");
        return this;
    }

    /// <summary>Opens a link around the shapes that follow, up to <see cref="EndLink"/>.</summary>
    public SvgCanvas BeginLink(string href)
    {
        _svg.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">");
        return this;
    }

    public SvgCanvas EndLink()
    {
        _svg.Append("</a>");
        return this;
    }

    public override string ToString() => _svg + "</svg>";

    private SvgCanvas Close(string element, string? tooltip)
    {
        if (tooltip is null)
            _svg.Append("/>");
        else
            _svg.Append("><title>").Append(HtmlText.Escape(tooltip)).Append("</title></").Append(element).Append('>');
        return this;
    }

    private static bool IsFinite((double X, double Y) p) => double.IsFinite(p.X) && double.IsFinite(p.Y);
}
