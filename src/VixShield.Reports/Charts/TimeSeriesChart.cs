namespace VixShield.Reports.Charts;

/// <summary>Lines over calendar time (equity, drawdown, walk-forward), each series in display units.</summary>
internal static class TimeSeriesChart
{
    public static string Render(string label, string valueTitle, IReadOnlyList<ChartSeries> series, bool includeZero = false, double height = 280)
    {
        var frame = new PlotFrame(900, height);
        var svg = new SvgCanvas(frame.Width, frame.Height, "timeseries", label);
        var scale = LinearScale.Over(series.SelectMany(s => s.Values), frame.Y1, frame.Y0, includeZero);
        var time = new TimeAxis(series.SelectMany(s => s.Dates), frame);
        frame.DrawValueAxis(svg, scale, PlotFrame.TickTexts(scale), valueTitle);
        time.Draw(svg);
        foreach (var line in series)
        {
            var points = new (double X, double Y)[line.Dates.Length];
            for (int i = 0; i < points.Length; i++)
                points[i] = (time[line.Dates[i]], double.IsFinite(line.Values[i]) ? scale[line.Values[i]] : double.NaN);
            svg.Polyline(Thin(points), "line " + line.CssClass, line.Name);
        }

        frame.DrawLegend(svg, series.Select(s => (s.Name, s.CssClass)).ToArray());
        return svg.ToString();
    }

    /// <summary>
    /// Drops points that land on the same 0.5 px column as their neighbours, keeping each column's first, last, lowest and
    /// highest, so a 10-year daily curve draws the same shape from a fraction of the points.
    /// </summary>
    private static List<(double X, double Y)> Thin((double X, double Y)[] points)
    {
        var kept = new List<(double X, double Y)>(Math.Min(points.Length, 4 * 1800));
        int start = 0;
        while (start < points.Length)
        {
            double column = Math.Floor(points[start].X * 2);
            int end = start;
            int low = start, high = start;
            bool gap = false;
            while (end < points.Length && Math.Floor(points[end].X * 2) == column)
            {
                if (!double.IsFinite(points[end].Y))
                    gap = true;
                else
                {
                    if (!double.IsFinite(points[low].Y) || points[end].Y < points[low].Y) low = end;
                    if (!double.IsFinite(points[high].Y) || points[end].Y > points[high].Y) high = end;
                }

                end++;
            }

            if (gap)
            {
                for (int i = start; i < end; i++)
                    kept.Add(points[i]);
            }
            else
            {
                // The four in time order, each once (they often coincide).
                Span<int> picks = [start, low, high, end - 1];
                picks.Sort();
                for (int k = 0; k < picks.Length; k++)
                {
                    if (k == 0 || picks[k] != picks[k - 1])
                        kept.Add(points[picks[k]]);
                }
            }

            start = end;
        }

        return kept;
    }
}
