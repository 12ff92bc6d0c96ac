using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class SpxExpirationsTests
{
    [Theory]
    [InlineData(20160115, true)]  // third Friday
    [InlineData(20160122, false)] // weekly Friday
    [InlineData(20160114, false)] // the Thursday before a normal third Friday
    [InlineData(20140417, true)]  // Good Friday 2014-04-18: the monthly expires Thursday
    [InlineData(20190418, true)]
    [InlineData(20220414, true)]
    [InlineData(20250417, true)]
    [InlineData(20260618, true)]  // Juneteenth on the third Friday
    [InlineData(20270617, true)]  // Juneteenth 2027 is a Saturday, observed on Friday the 18th
    [InlineData(20210617, false)] // Juneteenth was not an exchange holiday before 2022
    public void Knows_the_monthly_expirations(int date, bool monthly) => Assert.Equal(monthly, SpxExpirations.IsMonthly(date));

    [Theory]
    [InlineData(20140118, 20140117)] // Saturday expiration before 2015 → its Friday
    [InlineData(20140419, 20140417)] // ... → Thursday when that Friday is Good Friday
    [InlineData(20160115, 20160115)]
    [InlineData(20160121, 20160121)]
    public void Maps_a_saturday_expiration_to_its_last_trading_day(int listed, int tradingDay) =>
        Assert.Equal(tradingDay, SpxExpirations.LastTradingDay(listed));

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2016, 3, 27)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    public void Computes_easter(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), SpxExpirations.EasterSunday(year));
}
