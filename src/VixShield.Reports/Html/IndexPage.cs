using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The report's front page.</summary>
internal static class IndexPage
{
    public static string Render(SweepReport report) => "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>report</title></head><body></body></html>\n";
}
