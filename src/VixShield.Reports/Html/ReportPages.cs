using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>Every page of one report as (file name, HTML): the index and one detail page per top-N set.</summary>
internal static class ReportPages
{
    /// <summary>Pages are independent, so they render on every core; each lands in its own slot, so the result is the same in any order.</summary>
    public static IReadOnlyList<(string FileName, string Html)> Of(SweepReport report)
    {
        var pages = new (string, string)[report.Details.Count + 1];
        Parallel.For(0, pages.Length, i =>
        {
            pages[i] = i == 0
                ? ("index.html", IndexPage.Render(report))
                : (report.Details[i - 1].PageFileName, DetailPage.Render(report, report.Details[i - 1]));
        });
        return pages;
    }
}
