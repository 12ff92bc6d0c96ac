using System.Globalization;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The line at the foot of every page of a report: which sweep, and when the report was built (the model's time, never the clock's).</summary>
internal static class Footer
{
    public static string Text(ReportSummary s) =>
        $"VixShield Grid · sweep {s.SweepName} ({s.SweepId}) · report generated {s.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}";
}
