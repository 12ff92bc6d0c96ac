using System.Globalization;

namespace VixShield.Reports.Html;

/// <summary>Numbers in prose, always in the invariant culture: percentages from fractions, dollars, counts, durations.</summary>
internal static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(double fraction, int decimals = 1) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("F" + decimals.ToString(Invariant), Invariant) + "%" : "—";

    public static string Dollars(double dollars) =>
        double.IsFinite(dollars) ? (dollars < 0 ? "−$" : "$") + Math.Abs(dollars).ToString("#,##0", Invariant) : "—";

    public static string Count(long count) => count.ToString("#,##0", Invariant);

    public static string Decimal(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(Invariant), Invariant) : "—";

    /// <summary>A sort key as the table script reads it: full precision, invariant; empty for undefined.</summary>
    public static string SortKey(double value) => double.IsFinite(value) ? value.ToString("R", Invariant) : "";

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes:00}m {span.Seconds:00}s"
        : span.TotalMinutes >= 1 ? $"{span.Minutes}m {span.Seconds:00}s"
        : span.TotalSeconds.ToString("F1", Invariant) + " s";
}
