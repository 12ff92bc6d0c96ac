using System.Globalization;
using VixShield.Core.Engine;
using VixShield.Reports.Html;

namespace VixShield.Reports.Charts;

/// <summary>VIX over time with each hedge layer as a bar in a lane beneath it, from the day it opened to the day it closed, green when it made money.</summary>
internal static class HedgeTimelineChart
{
    private const double LaneHeight = 7;

    public static string Render(int[] vixDates, double[] vixCloses, IReadOnlyList<HedgeLayerRecord> layers)
    {
        // Lanes: each layer takes the first lane free on its opening day, so overlapping layers stack.
        var ordered = layers.OrderBy(l => l.OpenedDate).ThenBy(l => l.Id).ToArray();
        var laneEnds = new List<int>();
        var laneOf = new int[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            int lane = laneEnds.FindIndex(end => end < ordered[i].OpenedDate);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(0);
            }

            laneEnds[lane] = ordered[i].ClosedDate;
            laneOf[i] = lane;
        }

        double lanesHeight = Math.Max(laneEnds.Count, 1) * LaneHeight;
        var frame = new PlotFrame(900, 220 + lanesHeight + 24);
        double vixBottom = frame.Y1 - lanesHeight - 24;
        var svg = new SvgCanvas(frame.Width, frame.Height, "timeline",
            string.Create(CultureInfo.InvariantCulture, $"VIX and {layers.Count} hedge layers over time"));
        var vixFrame = frame with { Bottom = frame.Height - vixBottom };
        var scale = LinearScale.Over(vixCloses, vixBottom, frame.Y0, includeZero: true);
        vixFrame.DrawValueAxis(svg, scale, PlotFrame.TickTexts(scale), "VIX, points");
        var time = new TimeAxis(vixDates.Concat(layers.SelectMany(l => new[] { l.OpenedDate, l.ClosedDate })), frame);
        time.Draw(svg);
        var line = new (double X, double Y)[vixDates.Length];
        for (int i = 0; i < line.Length; i++)
            line[i] = (time[vixDates[i]], double.IsFinite(vixCloses[i]) ? scale[vixCloses[i]] : double.NaN);
        svg.Polyline(line, "line s-vix", "VIX close");
        svg.Text(frame.X0, vixBottom + 18, "hedge layers (one bar each, open to close; green made money, red lost)", "tick");

        for (int i = 0; i < ordered.Length; i++)
        {
            var layer = ordered[i];
            double left = time[layer.OpenedDate];
            double right = Math.Max(time[layer.ClosedDate], left + 2);
            double top = vixBottom + 24 + laneOf[i] * LaneHeight;
            string tooltip = string.Create(CultureInfo.InvariantCulture,
                $"layer {layer.Id}: {layer.Contracts} {(layer.Instrument == Core.Strategy.HedgeInstrument.Futures ? "VIX futures" : $"VIX {layer.Strike:0.##} calls")} " +
                $"exp {TradingDate.Text(layer.Expiration)}, {TradingDate.Text(layer.OpenedDate)} → {TradingDate.Text(layer.ClosedDate)}, " +
                $"premium ${layer.Premium:#,##0}, P&L ${layer.ProfitAndLoss:#,##0} ({layer.CloseReason})");
            svg.Rect(left, top, right - left, LaneHeight - 2, layer.ProfitAndLoss >= 0 ? "layer win" : "layer loss", tooltip: tooltip);
        }

        frame.DrawLegend(svg, [("VIX", "s-vix"), ("layer made money", "s-win"), ("layer lost", "s-loss")]);
        return svg.ToString();
    }
}
