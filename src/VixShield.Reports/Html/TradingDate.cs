using System.Globalization;

namespace VixShield.Reports.Html;

/// <summary>The engine's yyyymmdd dates as calendar dates and ISO text.</summary>
internal static class TradingDate
{
    public static DateOnly ToDate(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);

    public static string Text(int yyyymmdd) => ToDate(yyyymmdd).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
