using VixShield.Reports.Html;
using VixShield.Reports.Model;

namespace VixShield.Reports.Charts;

/// <summary>A metric over two axes as coloured cells, greener = better, each cell titled with its axis values and metric.</summary>
internal static class HeatmapChart
{
    // Beyond this many cells the numbers no longer fit inside them; colours and tooltips still tell.
    private const int MaxLabelledCells = 240;

    /// <param name="rankOne">The cell of the rank-1 set, outlined; null when it is not on this map.</param>
    public static string Render(Heatmap map, (int X, int Y)? rankOne = null)
    {
        var units = MetricUnits.Of(map.Metric);
        int columns = map.XValues.Count, rows = map.YValues.Count;
        // About 400 × 260 px of cells whatever the grid, so three maps side by side keep legible text.
        double cellWidth = Math.Clamp(400.0 / Math.Max(columns, 1), 10, 90);
        double cellHeight = Math.Clamp(260.0 / Math.Max(rows, 1), 10, 36);
        var frame = new PlotFrame(96 + columns * cellWidth + 16, 36 + rows * cellHeight + 48, Left: 96, Right: 16, Top: 36, Bottom: 48);
        string label = $"{map.Metric} ({units.Unit}) over {map.XAxis} and {map.YAxis}";
        var svg = new SvgCanvas(frame.Width, frame.Height, "heatmap", label);

        double worst = double.PositiveInfinity, best = double.NegativeInfinity;
        foreach (double v in map.Cells)
        {
            if (!double.IsFinite(v))
                continue;
            double score = map.HigherIsBetter ? v : -v;
            worst = Math.Min(worst, score);
            best = Math.Max(best, score);
        }

        bool labelled = columns * rows <= MaxLabelledCells && cellWidth >= 36 && cellHeight >= 14;
        for (int y = 0; y < rows; y++)
        {
            // The first y value at the bottom, as on any chart with a vertical axis.
            double top = frame.Y0 + (rows - 1 - y) * cellHeight;
            for (int x = 0; x < columns; x++)
            {
                double value = map.Cells[y * columns + x];
                double left = frame.X0 + x * cellWidth;
                string tooltip = $"{map.XAxis} = {map.XValues[x]}, {map.YAxis} = {map.YValues[y]}: {map.Metric} {units.TextWithUnit(value)}";
                if (!double.IsFinite(value))
                {
                    svg.Rect(left, top, cellWidth - 1, cellHeight - 1, "cell missing", tooltip: tooltip);
                    continue;
                }

                double score = map.HigherIsBetter ? value : -value;
                double goodness = best > worst ? (score - worst) / (best - worst) : 1;
                svg.Rect(left, top, cellWidth - 1, cellHeight - 1, "cell", ColorRamp.At(goodness), tooltip);
                if (labelled)
                    svg.Text(left + cellWidth / 2, top + cellHeight / 2 + 4, units.Text(value), ColorRamp.TextClass(goodness), "middle");
            }
        }

        if (rankOne is var (bx, by) && bx >= 0 && bx < columns && by >= 0 && by < rows)
            svg.Rect(frame.X0 + bx * cellWidth - 1, frame.Y0 + (rows - 1 - by) * cellHeight - 1, cellWidth + 1, cellHeight + 1, "best-cell", tooltip: "the rank-1 set");

        for (int x = 0; x < columns; x++)
        {
            if (columns <= 16 || x % (int)Math.Ceiling(columns / 16.0) == 0)
                svg.Text(frame.X0 + (x + 0.5) * cellWidth, frame.Y1 + 16, map.XValues[x], "tick", "middle");
        }

        for (int y = 0; y < rows; y++)
        {
            if (rows <= 16 || y % (int)Math.Ceiling(rows / 16.0) == 0)
                svg.Text(frame.X0 - 6, frame.Y0 + (rows - 1 - y + 0.5) * cellHeight + 4, map.YValues[y], "tick", "end");
        }

        svg.Text((frame.X0 + frame.X1) / 2, frame.Height - 8, map.XAxis, "axis-title", "middle");
        svg.VerticalText(14, (frame.Y0 + frame.Y1) / 2, map.YAxis, "axis-title");
        svg.Text(frame.X0, 20, $"{map.Metric}, {units.Unit}", "chart-title");
        return svg.ToString();
    }
}
