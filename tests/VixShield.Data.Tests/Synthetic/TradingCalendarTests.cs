using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

public class TradingCalendarTests
{
    [Theory]
    [InlineData("2016-11-24")] // Thanksgiving
    [InlineData("2020-04-10")] // Good Friday
    [InlineData("2022-06-20")] // Juneteenth (Sunday) observed Monday
    [InlineData("2018-12-05")] // National day of mourning, G. H. W. Bush
    [InlineData("2025-01-09")] // National day of mourning, J. Carter
    [InlineData("2021-12-24")] // Christmas (Saturday) observed Friday
    [InlineData("2023-01-02")] // New Year (Sunday) observed Monday
    [InlineData("2020-07-03")] // Independence Day (Saturday) observed Friday
    [InlineData("2019-01-21")] // Martin Luther King Jr. Day
    [InlineData("2019-02-18")] // Washington's Birthday
    [InlineData("2019-05-27")] // Memorial Day
    [InlineData("2019-09-02")] // Labor Day
    [InlineData("2024-03-29")] // Good Friday
    public void Holidays_and_closures_are_not_trading_days(string date) =>
        Assert.False(TradingCalendar.IsTradingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2021-12-31")] // New Year 2022 fell on a Saturday: not observed on the Friday
    [InlineData("2021-06-18")] // Juneteenth is a holiday only from 2022
    [InlineData("2018-12-04")]
    [InlineData("2020-04-09")]
    public void Ordinary_weekdays_are_trading_days(string date) =>
        Assert.True(TradingCalendar.IsTradingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData(2015, 252)]
    [InlineData(2018, 251)] // 2018-12-05 closure
    [InlineData(2019, 252)]
    [InlineData(2022, 251)]
    [InlineData(2024, 252)]
    public void Sessions_per_year_match_the_exchange(int year, int sessions) =>
        Assert.Equal(sessions, TradingCalendar.TradingDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Count);

    [Fact]
    public void Easter_is_computed_for_known_years()
    {
        Assert.Equal(new DateOnly(2016, 3, 27), TradingCalendar.EasterSunday(2016));
        Assert.Equal(new DateOnly(2020, 4, 12), TradingCalendar.EasterSunday(2020));
        Assert.Equal(new DateOnly(2025, 4, 20), TradingCalendar.EasterSunday(2025));
    }

    [Fact]
    public void Business_time_skips_weekends_and_holidays()
    {
        var clock = new SessionClock(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        // Friday snapshot to the Monday PM close: the last 15 minutes of Friday plus one whole session.
        double expected = (SessionClock.SnapshotToCloseShare + 1.0) / 252;
        Assert.Equal(expected, clock.BusinessYears(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 4), settlesAtOpen: false), 12);
        // Thursday 2024-03-28 to Monday 2024-04-01 AM: Good Friday carries no variance, Monday only its overnight share.
        expected = (SessionClock.SnapshotToCloseShare + SessionClock.OvernightShare) / 252;
        Assert.Equal(expected, clock.BusinessYears(new DateOnly(2024, 3, 28), new DateOnly(2024, 4, 1), settlesAtOpen: true), 12);
        Assert.Equal((3 * 1440 + 15) / (365.0 * 1440), SessionClock.CalendarYears(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 4), false), 12);
    }
}
