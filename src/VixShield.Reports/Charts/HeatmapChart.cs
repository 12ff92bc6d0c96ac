using VixShield.Reports.Html;
using VixShield.Reports.Model;

namespace VixShield.Reports.Charts;

/// <summary>A metric over two axes as coloured cells, greener = better, each cell titled with its axis values and metric.</summary>
internal static class HeatmapChart
{
    // Beyond this many cells the numbers no longer fit inside them; colours and tooltips still tell.
    private const int MaxLabelledCells = 240;

    public static string Render(Heatmap map)
    {
        var units = MetricUnits.Of(map.Metric);
        int columns = map.XValues.Count, rows = map.YValues.Count;
        double cellWidth = Math.Clamp(560.0 / Math.Max(columns, 1), 14, 90);
        double cellHeight = Math.Clamp(300.0 / Math.Max(rows, 1), 12, 36);
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

        bool labelled = columns * rows <= MaxLabelledCells && cellWidth >= 40;
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
