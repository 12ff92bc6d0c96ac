namespace VixShield.Core.Market;

/// <summary>Dates as the dataset stores them: an int32 <c>yyyymmdd</c>.</summary>
/// <remarks>
/// The tape keeps both the code (for display and files) and <see cref="DateOnly.DayNumber"/>
/// (for calendar-day arithmetic such as days to expiry), so the hot loop never parses dates.
/// </remarks>
public static class DateCode
{
    public static DateOnly ToDate(int yyyymmdd) =>
        new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);

    public static int FromDate(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>Calendar day number (days since 0001-01-01) of a <c>yyyymmdd</c> code.</summary>
    public static int ToDayNumber(int yyyymmdd) => ToDate(yyyymmdd).DayNumber;

    /// <summary>True when the code names a real calendar date between years 1900 and 2200.</summary>
    public static bool IsValid(int yyyymmdd)
    {
        int year = yyyymmdd / 10000, month = yyyymmdd / 100 % 100, day = yyyymmdd % 100;
        return year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1
            && day <= DateTime.DaysInMonth(year, month);
    }

    public static string Format(int yyyymmdd) => ToDate(yyyymmdd).ToString("yyyy-MM-dd");
}
