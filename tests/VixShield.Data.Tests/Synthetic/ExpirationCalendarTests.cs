using VixShield.Core.Market;
using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

public class ExpirationCalendarTests
{
    [Theory]
    [InlineData(2018, 2, "2018-02-14")] // 30 days before Fri 2018-03-16
    [InlineData(2020, 3, "2020-03-18")] // 30 days before Fri 2020-04-17
    [InlineData(2024, 12, "2024-12-18")] // 30 days before Fri 2025-01-17
    [InlineData(2024, 6, "2024-06-18")] // Wed 2024-06-19 is Juneteenth: the business day before
    [InlineData(2025, 3, "2025-03-18")] // Fri 2025-04-18 is Good Friday: 30 days before Thu 2025-04-17
    [InlineData(2019, 1, "2019-01-16")]
    public void Vix_futures_expire_30_days_before_the_next_monthly(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ExpirationCalendar.VixFuture(year, month));

    [Theory]
    [InlineData(2020, 3, "2020-03-20")]
    [InlineData(2024, 12, "2024-12-20")]
    [InlineData(2015, 1, "2015-01-16")]
    [InlineData(2025, 4, "2025-04-17")] // Good Friday: Thursday
    [InlineData(2014, 4, "2014-04-17")] // Good Friday: Thursday
    public void Spx_monthlies_expire_on_the_third_friday(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ExpirationCalendar.SpxMonthly(year, month));

    [Fact]
    public void Spx_expirations_are_monday_wednesday_friday_weeklies_and_am_monthlies()
    {
        var list = ExpirationCalendar.SpxExpirations(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var byDate = list.ToDictionary(e => e.Date, e => e.Settlement);
        Assert.Equal(SettlementStyle.Am, byDate[new DateOnly(2024, 12, 20)]);   // third Friday: the AM monthly only
        Assert.Equal(SettlementStyle.Pm, byDate[new DateOnly(2024, 12, 18)]);   // Wednesday weekly
        Assert.Equal(SettlementStyle.Pm, byDate[new DateOnly(2024, 12, 24)]);   // Wednesday 12-25 holiday → Tuesday
        Assert.False(byDate.ContainsKey(new DateOnly(2024, 1, 15)));           // MLK Monday: no expiry
        Assert.Equal(SettlementStyle.Pm, byDate[new DateOnly(2024, 3, 28)]);   // Good Friday 03-29 weekly → Thursday
        Assert.All(list, e => Assert.True(TradingCalendar.IsTradingDay(e.Date)));
        Assert.Equal(12, list.Count(e => e.Settlement == SettlementStyle.Am));
        Assert.Equal(list.Count, list.Select(e => e.Date).Distinct().Count());
    }

    [Fact]
    public void Vix_futures_from_a_date_are_the_next_ones_in_order()
    {
        var list = ExpirationCalendar.VixFuturesFrom(new DateOnly(2018, 2, 14), 3);
        Assert.Equal([new DateOnly(2018, 2, 14), new DateOnly(2018, 3, 21), new DateOnly(2018, 4, 18)], list);
    }
}
