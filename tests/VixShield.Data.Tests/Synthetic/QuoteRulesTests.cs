using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

public class QuoteRulesTests
{
    [Theory]
    // Mid 10.00, 45 days: spread (0.10 + 1.5% × 10) × (1 + 45/365) = 0.2808 → 9.8596 / 10.1404 → nearest 0.10 ticks 9.90 / 10.10.
    [InlineData(10.00, 45 / 365.0, 990, 1010)]
    // Mid 2.00, 30 days: spread (0.10 + 0.03) × 1.0822 = 0.1407 → 1.9297 / 2.0703 → nearest 0.05 ticks 1.95 / 2.05.
    [InlineData(2.00, 30 / 365.0, 195, 205)]
    // Far out of the money: mid 0.02 → no bid, ask one tick.
    [InlineData(0.02, 30 / 365.0, 0, 5)]
    public void Spx_quotes_centre_the_modelled_spread_on_the_nearest_ticks(double mid, double years, int bid, int ask)
    {
        Assert.Equal((bid, ask), QuoteRules.Spx(mid, years));
    }
}
