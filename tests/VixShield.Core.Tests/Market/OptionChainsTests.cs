using VixShield.Core.Market;

namespace VixShield.Core.Tests.Market;

public class OptionChainsTests
{
    // Two snapshots. Day 1 lists expiry A (calls 100,105; puts 100,105) and B (call 110).
    // Day 2 lists A (calls 105,110; put 100) only.
    private static OptionChains TwoDays()
    {
        int d1 = 20240102, d2 = 20240103, a = 20240119, b = 20240216;
        var rows = OptionRows.FromColumns(
            date: [d1, d1, d1, d1, d1, d2, d2, d2],
            expiration: [a, a, a, a, b, a, a, a],
            settlement: [SettlementStyle.Am, SettlementStyle.Am, SettlementStyle.Am, SettlementStyle.Am, SettlementStyle.Pm, SettlementStyle.Am, SettlementStyle.Am, SettlementStyle.Am],
            right: [OptionRight.Call, OptionRight.Call, OptionRight.Put, OptionRight.Put, OptionRight.Call, OptionRight.Call, OptionRight.Call, OptionRight.Put],
            strike: [100, 105, 100, 105, 110, 105, 110, 100],
            bidCents: [510, 220, 90, 310, 120, 250, 60, 80],
            askCents: [530, 240, 100, 330, 140, 270, 80, 95],
            impliedVol: [0.2f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f],
            delta: [0.7f, 0.45f, -0.3f, -0.55f, 0.3f, 0.5f, 0.25f, -0.28f],
            gamma: null, theta: null, vega: null,
            underlying: [104, 104, 104, 104, 104, 105, 105, 105]);
        return OptionChains.Build([d1, d2], rows);
    }

    [Fact]
    public void Indexes_snapshots_expiries_and_sides()
    {
        var chains = TwoDays();
        Assert.Equal(new IndexRange(0, 2), chains.Expiries(0));
        Assert.Equal(new IndexRange(2, 3), chains.Expiries(1));
        Assert.Equal(new IndexRange(0, 2), chains.Chain(0, OptionRight.Call));
        Assert.Equal(new IndexRange(2, 4), chains.Chain(0, OptionRight.Put));
        Assert.Equal(new IndexRange(4, 5), chains.Chain(1, OptionRight.Call));
        Assert.True(chains.Chain(1, OptionRight.Put).IsEmpty);
        Assert.Equal(SettlementStyle.Pm, chains.Settlement(1));
        Assert.Equal(1, chains.FindExpiry(0, 20240216));
        Assert.Equal(-1, chains.FindExpiry(1, 20240216));
    }

    [Fact]
    public void Prices_are_exact_cents()
    {
        var chains = TwoDays();
        Assert.Equal(5.10, chains.Bid(0));
        Assert.Equal(5.30, chains.Ask(0));
        Assert.Equal(5.20, chains.Mid(0));
    }

    [Fact]
    public void Next_row_follows_the_same_contract()
    {
        var chains = TwoDays();
        Assert.Equal(-1, chains.NextRow(0)); // call 100 not listed on day 2
        Assert.Equal(5, chains.NextRow(1));  // call 105
        Assert.Equal(7, chains.NextRow(2));  // put 100
        Assert.Equal(-1, chains.NextRow(3)); // put 105
        Assert.Equal(-1, chains.NextRow(4)); // expiry B gone
        Assert.Equal(-1, chains.NextRow(5)); // last snapshot
    }

    [Theory]
    [InlineData(OptionRight.Call, 0.46, 1)]
    [InlineData(OptionRight.Call, 0.9, 0)]
    [InlineData(OptionRight.Call, 0.1, 1)]
    [InlineData(OptionRight.Put, -0.29, 2)]
    [InlineData(OptionRight.Put, -0.5, 3)]
    public void Closest_delta_is_found_by_binary_search(OptionRight right, double target, int expectedRow)
    {
        Assert.Equal(expectedRow, TwoDays().ClosestDelta(0, right, target));
    }

    [Theory]
    [InlineData(102.4, 0)]
    [InlineData(102.5, 0)]
    [InlineData(102.6, 1)]
    [InlineData(500, 1)]
    public void Closest_strike_prefers_the_lower_on_ties(double strike, int expectedRow)
    {
        Assert.Equal(expectedRow, TwoDays().ClosestStrike(0, OptionRight.Call, strike));
    }

    [Fact]
    public void Find_strike_is_exact_or_minus_one()
    {
        var chains = TwoDays();
        Assert.Equal(3, chains.FindStrike(0, OptionRight.Put, 105));
        Assert.Equal(-1, chains.FindStrike(0, OptionRight.Put, 110));
    }

    [Fact]
    public void Rows_dated_off_the_snapshot_calendar_are_refused_with_a_clear_message()
    {
        var rows = OptionRows.FromColumns([20240105], [20240119], [SettlementStyle.Am], [OptionRight.Call], [100], [10], [20], [0.2f], [0.5f], null, null, null, [100]);
        var futures = new VixFutureRows([20240105], [20240117], [1400], [1410], [14.05]);

        var options = Assert.Throws<ArgumentException>(() => OptionChains.Build([20240102, 20240103], rows));
        var curve = Assert.Throws<ArgumentException>(() => VixFutureCurve.Build([20240102, 20240103], futures));

        Assert.Equal("Row 0 is dated 20240105, which is not a snapshot date (or the rows are not sorted by date).", options.Message);
        Assert.Equal(options.Message, curve.Message);
    }
}
