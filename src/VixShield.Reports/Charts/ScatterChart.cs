using System.Globalization;
using VixShield.Reports.Html;
using VixShield.Reports.Model;

namespace VixShield.Reports.Charts;

/// <summary>IRR against max drawdown for every completed set, the Pareto front joined by a line, the best-ranked sets ringed and linked to their pages.</summary>
internal static class ScatterChart
{
    public static string Render(RiskReturnScatter scatter, Func<long, string?> pageOf)
    {
        var irrUnits = MetricUnits.Of("irr");
        var drawdownUnits = MetricUnits.Of("max_drawdown");
        var frame = new PlotFrame(900, 420, Bottom: 44);
        var svg = new SvgCanvas(frame.Width, frame.Height, "scatter", "IRR (% a year) against max drawdown (% of peak), one dot per parameter set");
        var points = scatter.Points.Where(p => double.IsFinite(p.Irr) && double.IsFinite(p.MaxDrawdown)).ToArray();
        var x = LinearScale.Over(points.Select(p => drawdownUnits.Display(p.MaxDrawdown)), frame.X0, frame.X1, includeZero: true);
        var y = LinearScale.Over(points.Select(p => irrUnits.Display(p.Irr)), frame.Y1, frame.Y0);
        frame.DrawValueAxis(svg, y, PlotFrame.TickTexts(y), "IRR, % a year");
        var xText = PlotFrame.TickTexts(x);
        foreach (double tick in x.Ticks())
        {
            svg.Line(x[tick], frame.Y0, x[tick], frame.Y1, "grid");
            svg.Text(x[tick], frame.Y1 + 16, xText(tick), "tick", "middle");
        }

        svg.Text((frame.X0 + frame.X1) / 2, frame.Height - 8, "max drawdown, % of peak (left is better)", "axis-title", "middle");

        (double X, double Y) At(ScatterPoint p) => (x[drawdownUnits.Display(p.MaxDrawdown)], y[irrUnits.Display(p.Irr)]);
        string Tooltip(ScatterPoint p) =>
            string.Create(CultureInfo.InvariantCulture, $"set {p.SetIndex}{(p.Rank is { } r ? $" (rank {r})" : "")}{(p.OnParetoFront ? ", on the Pareto front" : "")}: IRR {irrUnits.TextWithUnit(p.Irr)}, max drawdown {drawdownUnits.TextWithUnit(p.MaxDrawdown)}");

        foreach (var p in points.Where(p => !p.OnParetoFront && p.Rank is null))
        {
            var (px, py) = At(p);
            svg.Circle(px, py, 2.5, "pt", Tooltip(p));
        }

        var front = points.Where(p => p.OnParetoFront).OrderBy(p => p.MaxDrawdown).ThenBy(p => p.Irr).ToArray();
        svg.Polyline(front.Select(At).ToArray(), "front-line");
        foreach (var p in points.Where(p => p.OnParetoFront || p.Rank is not null).OrderByDescending(p => p.Rank ?? int.MaxValue).ThenBy(p => p.SetIndex))
        {
            var (px, py) = At(p);
            string? page = p.Rank is not null ? pageOf(p.SetIndex) : null;
            if (page is not null)
                svg.BeginLink(page);
            svg.Circle(px, py, p.Rank == 1 ? 6 : 4, p.Rank is not null ? (p.OnParetoFront ? "pt ranked front" : "pt ranked") : "pt front", Tooltip(p));
            if (page is not null)
                svg.EndLink();
        }

        frame.DrawLegend(svg, [("all sets", "s-all"), ("Pareto front", "s-front"), ("results table", "s-ranked")]);
        return svg.ToString();
    }
}
