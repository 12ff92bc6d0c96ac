using System.Text;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The report's front page: summary and verdict, results table, heatmaps, sensitivities, scatter, overfitting, walk-forward.</summary>
internal static class IndexPage
{
    public static string Render(SweepReport report)
    {
        var s = report.Summary;
        var body = new StringBuilder(64 * 1024);
        SummarySection.Write(body, report);
        ResultsSection.Write(body, report);
        ChartSections.WriteHeatmaps(body, report);
        ChartSections.WriteSensitivities(body, report);
        ChartSections.WriteScatter(body, report);
        OverfittingSection.Write(body, report);
        WalkForwardSection.Write(body, report);

        var links = new List<(string, string)> { ("#summary", "summary"), ("#results", "results") };
        if (report.Heatmaps.Count > 0) links.Add(("#heatmaps", "heatmaps"));
        if (report.Sensitivities.Count > 0) links.Add(("#sensitivity", "sensitivity"));
        links.Add(("#risk-return", "IRR vs drawdown"));
        links.Add(("#overfitting", "overfitting"));
        if (report.WalkForward is not null) links.Add(("#walk-forward", "walk-forward"));
        return PageShell.Render(
            $"{s.SweepName} — sweep report",
            s.SweepName,
            $"{Figures.Count(s.TotalSets)} sets · {TradingDate.Text(s.PeriodFrom)} to {TradingDate.Text(s.PeriodTo)} · {s.DatasetName}",
            links,
            body.ToString(),
            Footer.Text(s));
    }
}
