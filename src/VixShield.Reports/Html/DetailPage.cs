using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>One top-N set's page.</summary>
internal static class DetailPage
{
    public static string Render(SweepReport report, SetDetail detail) => "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>set</title></head><body></body></html>\n";
}
