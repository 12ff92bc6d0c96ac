using System.Globalization;

namespace VixShield.Reports.Charts;

/// <summary>The plotting rectangle inside a chart's viewBox, with the margins that hold tick labels and axis titles.</summary>
internal sealed record PlotFrame(double Width, double Height, double Left = 84, double Right = 16, double Top = 28, double Bottom = 40)
{
    public double X0 => Left;

    public double X1 => Width - Right;

    public double Y0 => Top;

    public double Y1 => Height - Bottom;

    /// <summary>Horizontal grid lines and labels of a vertical value scale, and its title.</summary>
    public void DrawValueAxis(SvgCanvas svg, LinearScale scale, Func<double, string> label, string title)
    {
        foreach (double tick in scale.Ticks())
        {
            double y = scale[tick];
            svg.Line(X0, y, X1, y, tick == 0 ? "zero" : "grid");
            svg.Text(X0 - 6, y + 4, label(tick), "tick", "end");
        }

        svg.VerticalText(14, (Y0 + Y1) / 2, title, "axis-title");
    }

    /// <summary>A legend of swatches and names along the top edge, right-aligned.</summary>
    public void DrawLegend(SvgCanvas svg, IReadOnlyList<(string Name, string CssClass)> entries)
    {
        double x = X1;
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            // About 6.5 px a character at the tick font size: close enough to keep entries apart.
            double width = 22 + entries[i].Name.Length * 6.5;
            x -= width;
            svg.Rect(x, 8, 12, 10, "swatch " + entries[i].CssClass);
            svg.Text(x + 16, 17, entries[i].Name, "legend");
            x -= 10;
        }
    }

    /// <summary>Whole numbers, or as many decimals as the tick step needs.</summary>
    public static string TickText(double value, double step)
    {
        int decimals = step >= 1 || step <= 0 ? 0 : (int)Math.Ceiling(-Math.Log10(step) - 1e-9);
        if (Math.Abs(step * Math.Pow(10, decimals) - Math.Round(step * Math.Pow(10, decimals))) > 1e-9)
            decimals++;
        string text = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && value > -Math.Pow(10, -decimals) / 2 ? text[1..] : text;
    }

    /// <summary>Tick labels for a scale: the tick step decides the decimals.</summary>
    public static Func<double, string> TickTexts(LinearScale scale)
    {
        var ticks = scale.Ticks();
        double step = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;
        return v => TickText(v, step);
    }
}
