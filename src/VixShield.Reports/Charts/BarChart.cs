namespace VixShield.Reports.Charts;

/// <summary>Grouped vertical bars over categories (years, axis values, histogram bins), one bar per series in each group, in display units.</summary>
internal static class BarChart
{
    /// <param name="series">Name, CSS class and one value per category (NaN = no bar).</param>
    /// <param name="tooltip">Text for the bar of series s at category c.</param>
    /// <param name="overlay">Every series at full width in the same slot: for series that never both have a value in one category (a histogram coloured by side).</param>
    public static string Render(
        string label,
        string valueTitle,
        string categoryTitle,
        IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, string CssClass, double[] Values)> series,
        Func<int, int, string> tooltip,
        double width = 900,
        double height = 260,
        bool overlay = false)
    {
        var frame = new PlotFrame(width, height);
        var svg = new SvgCanvas(frame.Width, frame.Height, "bars", label);
        var scale = LinearScale.Over(series.SelectMany(s => s.Values), frame.Y1, frame.Y0, includeZero: true);
        frame.DrawValueAxis(svg, scale, PlotFrame.TickTexts(scale), valueTitle);
        double groupWidth = (frame.X1 - frame.X0) / Math.Max(categories.Count, 1);
        double barWidth = groupWidth * 0.8 / (overlay ? 1 : Math.Max(series.Count, 1));
        double zero = scale[0];
        // About 44 px per label keeps neighbours from touching; the rest are skipped evenly.
        int labelEvery = Math.Max(1, (int)Math.Ceiling(categories.Count * 44 / (frame.X1 - frame.X0)));
        for (int c = 0; c < categories.Count; c++)
        {
            double groupLeft = frame.X0 + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.Count; s++)
            {
                double value = series[s].Values[c];
                if (!double.IsFinite(value))
                    continue;
                double y = scale[value];
                svg.Rect(groupLeft + (overlay ? 0 : s) * barWidth, Math.Min(y, zero), barWidth - 1, Math.Abs(zero - y),
                    "bar " + series[s].CssClass + (value < 0 ? " negative" : ""), tooltip: tooltip(s, c));
            }

            if (c % labelEvery == 0)
                svg.Text(frame.X0 + (c + 0.5) * groupWidth, frame.Y1 + 16, categories[c], "tick", "middle");
        }

        svg.Line(frame.X0, frame.Y1, frame.X1, frame.Y1, "axis");
        svg.Text((frame.X0 + frame.X1) / 2, frame.Height - 6, categoryTitle, "axis-title", "middle");
        if (series.Count > 1)
            frame.DrawLegend(svg, series.Select(s => (s.Name, s.CssClass)).ToArray());
        return svg.ToString();
    }
}
