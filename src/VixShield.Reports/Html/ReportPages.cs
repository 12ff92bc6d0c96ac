using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>Every page of one report as (file name, HTML): the index and one detail page per top-N set.</summary>
internal static class ReportPages
{
    public static IReadOnlyList<(string FileName, string Html)> Of(SweepReport report)
    {
        var pages = new List<(string, string)> { ("index.html", IndexPage.Render(report)) };
        foreach (var detail in report.Details)
            pages.Add((detail.PageFileName, DetailPage.Render(report, detail)));
        return pages;
    }
}
