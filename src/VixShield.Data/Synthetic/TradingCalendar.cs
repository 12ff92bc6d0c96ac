namespace VixShield.Data.Synthetic;

/// <summary>The NYSE trading calendar: weekdays less the exchange's holidays and special closures.</summary>
/// <remarks>
/// Holidays (NYSE Rule 7.2): New Year's Day, Martin Luther King Jr. Day (third Monday of January), Washington's
/// Birthday (third Monday of February), Good Friday, Memorial Day (last Monday of May), Juneteenth (June 19, from 2022),
/// Independence Day, Labor Day (first Monday of September), Thanksgiving (fourth Thursday of November), Christmas.
/// A fixed-date holiday on a Sunday is observed on the Monday after, on a Saturday on the Friday before, except New
/// Year's Day on a Saturday, which is not observed (the Friday is the last trading day of the old year).
/// Special closures: 2001-09-11..14, 2004-06-11, 2007-01-02, 2012-10-29/30, 2018-12-05, 2025-01-09.
/// Early closes (13:00) are not modelled: those days keep the 15:45 snapshot.
/// </remarks>
public static class TradingCalendar
{
    private static readonly DateOnly[] SpecialClosures =
    [
        new(2001, 9, 11), new(2001, 9, 12), new(2001, 9, 13), new(2001, 9, 14),
        new(2004, 6, 11), new(2007, 1, 2), new(2012, 10, 29), new(2012, 10, 30),
        new(2018, 12, 5), new(2025, 1, 9),
    ];

    public static bool IsTradingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>True for a weekday on which the exchange is closed (a holiday or a special closure).</summary>
    public static bool IsHoliday(DateOnly date)
    {
        if (Array.IndexOf(SpecialClosures, date) >= 0)
            return true;
        int y = date.Year;
        return date == ObservedNewYear(y)
            || date == NthWeekday(y, 1, DayOfWeek.Monday, 3)
            || date == NthWeekday(y, 2, DayOfWeek.Monday, 3)
            || date == EasterSunday(y).AddDays(-2)
            || date == LastWeekday(y, 5, DayOfWeek.Monday)
            || (y >= 2022 && date == Observed(new DateOnly(y, 6, 19)))
            || date == Observed(new DateOnly(y, 7, 4))
            || date == NthWeekday(y, 9, DayOfWeek.Monday, 1)
            || date == NthWeekday(y, 11, DayOfWeek.Thursday, 4)
            || date == Observed(new DateOnly(y, 12, 25));
    }

    /// <summary>The trading days from <paramref name="start"/> to <paramref name="end"/>, both inclusive, ascending.</summary>
    public static IReadOnlyList<DateOnly> TradingDays(DateOnly start, DateOnly end)
    {
        var days = new List<DateOnly>();
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            if (IsTradingDay(d))
                days.Add(d);
        }

        return days;
    }

    /// <summary>The last trading day on or before <paramref name="date"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly date)
    {
        while (!IsTradingDay(date))
            date = date.AddDays(-1);
        return date;
    }

    /// <summary>The first trading day on or after <paramref name="date"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsTradingDay(date))
            date = date.AddDays(1);
        return date;
    }

    /// <summary>The <paramref name="n"/>-th <paramref name="weekday"/> of a month (n = 1 for the first).</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    /// <summary>Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher computus.</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int back = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-back);
    }

    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    // New Year's Day on a Saturday is not moved back into the old year (NYSE Rule 7.2).
    private static DateOnly ObservedNewYear(int year)
    {
        var day = new DateOnly(year, 1, 1);
        return day.DayOfWeek switch
        {
            DayOfWeek.Sunday => day.AddDays(1),
            DayOfWeek.Saturday => DateOnly.MinValue,
            _ => day,
        };
    }
}
