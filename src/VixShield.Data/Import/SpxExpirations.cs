using VixShield.Core.Market;

namespace VixShield.Data.Import;

/// <summary>
/// The SPX expiration calendar a vendor file without roots needs: which expirations are the AM-settled monthlies,
/// and which trading day an old-style Saturday expiration date stands for.
/// </summary>
/// <remarks>
/// The monthly expires on the third Friday, or on the Thursday before it when that Friday is an exchange holiday
/// (Good Friday, as in April 2014, 2019, 2022 and 2025; Juneteenth from 2022, as in June 2026 and, observed, June 2027).
/// Until 2015 the listed expiration date of the AM monthlies was the Saturday after their last trading day.
/// </remarks>
internal static class SpxExpirations
{
    /// <summary>A Saturday expiration becomes its last trading day (the Friday, or the Thursday when that Friday is a holiday); other dates are unchanged.</summary>
    public static int LastTradingDay(int yyyymmdd)
    {
        var date = DateCode.ToDate(yyyymmdd);
        if (date.DayOfWeek != DayOfWeek.Saturday)
            return yyyymmdd;
        var friday = date.AddDays(-1);
        return DateCode.FromDate(IsHolidayFriday(friday) ? friday.AddDays(-1) : friday);
    }

    /// <summary>True for the expiration date of the AM-settled monthly of its month.</summary>
    public static bool IsMonthly(int yyyymmdd)
    {
        var date = DateCode.ToDate(yyyymmdd);
        var thirdFriday = ThirdFriday(date.Year, date.Month);
        return date == thirdFriday
            || (date == thirdFriday.AddDays(-1) && IsHolidayFriday(thirdFriday));
    }

    public static DateOnly ThirdFriday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        int toFriday = ((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toFriday + 14);
    }

    /// <summary>Good Friday, or Juneteenth (observed on Friday the 18th when the 19th is a Saturday) from 2022.</summary>
    private static bool IsHolidayFriday(DateOnly friday) =>
        friday == EasterSunday(friday.Year).AddDays(-2)
        || (friday.Year >= 2022 && friday.Month == 6 && friday.Day is 18 or 19);

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm, valid for every Gregorian year).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
