using VixShield.Core.Market;

namespace VixShield.Data.Synthetic;

/// <summary>An SPX option expiration: its date and how it settles (monthly AM, weekly PM).</summary>
public readonly record struct SpxExpiration(DateOnly Date, SettlementStyle Settlement);

/// <summary>Expiration dates of SPX monthly and weekly options and of VIX futures (and VIX options, which share them).</summary>
/// <remarks>
/// <para>SPX monthly: the third Friday of the month, or the trading day before when that Friday is a holiday
/// (e.g. Good Friday 2025-04-18 → Thursday 2025-04-17); AM-settled (special opening quotation).</para>
/// <para>SPX weeklies: every Monday, Wednesday and Friday, PM-settled; one falling on a holiday moves to the trading day
/// before, and is dropped when that day already has an expiration. On a monthly expiration date only the AM monthly is
/// listed: the dataset's key (date, expiration, right, strike) allows one contract per expiration date, so the PM weekly
/// that really trades beside it (SPXW) is left out.</para>
/// <para>VIX futures: the Wednesday 30 calendar days before the third Friday of the following month (if that Friday is
/// a holiday, 30 days before the trading day before it); if the Wednesday is a holiday, the trading day before
/// (e.g. 2024-06-18 for June 2024, as Juneteenth fell on the Wednesday).</para>
/// </remarks>
public static class ExpirationCalendar
{
    /// <summary>The SPX monthly (AM) expiration of a month.</summary>
    public static DateOnly SpxMonthly(int year, int month) =>
        TradingCalendar.OnOrBefore(TradingCalendar.NthWeekday(year, month, DayOfWeek.Friday, 3));

    /// <summary>The final settlement date of the VIX future (and VIX options) of a contract month.</summary>
    public static DateOnly VixFuture(int year, int month)
    {
        var next = new DateOnly(year, month, 1).AddMonths(1);
        var friday = TradingCalendar.OnOrBefore(TradingCalendar.NthWeekday(next.Year, next.Month, DayOfWeek.Friday, 3));
        return TradingCalendar.OnOrBefore(friday.AddDays(-30));
    }

    /// <summary>VIX futures expirations on or after <paramref name="from"/>, nearest first, <paramref name="count"/> of them.</summary>
    public static IReadOnlyList<DateOnly> VixFuturesFrom(DateOnly from, int count)
    {
        var list = new List<DateOnly>(count);
        var month = new DateOnly(from.Year, from.Month, 1).AddMonths(-1);
        while (list.Count < count)
        {
            var expiry = VixFuture(month.Year, month.Month);
            if (expiry >= from)
                list.Add(expiry);
            month = month.AddMonths(1);
        }

        return list;
    }

    /// <summary>Every SPX expiration (monthly and weekly) dated from <paramref name="from"/> to <paramref name="to"/>, ascending.</summary>
    public static IReadOnlyList<SpxExpiration> SpxExpirations(DateOnly from, DateOnly to)
    {
        var byDate = new SortedDictionary<DateOnly, SettlementStyle>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var monthly = SpxMonthly(month.Year, month.Month);
            if (monthly >= from && monthly <= to)
                byDate[monthly] = SettlementStyle.Am;
        }

        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday))
                continue;
            var expiry = TradingCalendar.OnOrBefore(day);
            if (expiry >= from)
                byDate.TryAdd(expiry, SettlementStyle.Pm);
        }

        return byDate.Select(p => new SpxExpiration(p.Key, p.Value)).ToList();
    }
}
