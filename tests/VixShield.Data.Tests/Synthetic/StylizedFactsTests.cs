using VixShield.Core.Market;
using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

public class StylizedFactsTests(TenYearMarketFixture fixture, ITestOutputHelper output) : IClassFixture<TenYearMarketFixture>
{
    private MarketPath Path => fixture.Market.Path;

    [Fact]
    public void Covers_the_default_range_on_the_nyse_calendar()
    {
        Assert.Equal(new DateOnly(2015, 1, 2), Path.Dates[0]);
        Assert.Equal(new DateOnly(2024, 12, 31), Path.Dates[^1]);
        Assert.Equal(2516, Path.Count);
        Assert.Equal(-1, Path.IndexOf(new DateOnly(2018, 12, 5)));
        Assert.Equal(-1, Path.IndexOf(new DateOnly(2020, 4, 10)));
        output.WriteLine(fixture.Facts.ToString());
    }

    [Fact]
    public void Spx_volatility_is_between_14_and_20_percent() =>
        Assert.InRange(fixture.Facts.AnnualizedVolatility, 0.14, 0.20);

    [Fact]
    public void Mean_vix_is_between_17_and_22() => Assert.InRange(fixture.Facts.MeanVix, 17, 22);

    [Fact]
    public void Vix_exceeds_subsequent_realized_vol_by_2_to_6_points() =>
        Assert.InRange(fixture.Facts.MeanVarianceRiskPremium, 2, 6);

    [Fact]
    public void Returns_and_vix_changes_are_strongly_negatively_correlated() =>
        Assert.InRange(fixture.Facts.ReturnVixCorrelation, -0.85, -0.6);

    [Fact]
    public void Vix_futures_are_in_contango_on_70_to_90_percent_of_days() =>
        Assert.InRange(fixture.Facts.ContangoShare, 0.70, 0.90);

    [Fact]
    public void Twenty_five_delta_puts_are_richer_than_calls_every_day() => Assert.Equal(1.0, fixture.Facts.PutSkewShare);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Other_seeds_keep_every_market_fact(long seed)
    {
        // The path alone (≈ 1 s) is enough: these facts need no listing.
        var options = fixture.Options with { Seed = seed };
        var facts = StylizedFacts.Measure(MarketPathSimulator.Simulate(options), options);
        output.WriteLine($"seed {seed}: {facts}");
        Assert.InRange(facts.AnnualizedVolatility, 0.14, 0.20);
        Assert.InRange(facts.MeanVix, 17, 22);
        Assert.InRange(facts.MeanVarianceRiskPremium, 2, 6);
        Assert.InRange(facts.ReturnVixCorrelation, -0.85, -0.6);
        Assert.InRange(facts.ContangoShare, 0.70, 0.90);
        Assert.Equal(1.0, facts.PutSkewShare);
    }

    [Fact]
    public void Ohlc_is_consistent_and_vix_is_plausible()
    {
        for (int d = 0; d < Path.Count; d++)
        {
            Assert.True(Path.High[d] >= Math.Max(Path.Open[d], Path.Close[d]) && Path.Low[d] <= Math.Min(Path.Open[d], Path.Close[d]));
            Assert.True(Path.Low[d] > 0 && Path.Vix[d] > 5 && Path.Vix3m[d] > 5 && Path.Rate[d] >= 0);
        }

        Assert.True(Path.Vix.Max() > 30, "a decade should have at least one volatility spike");
        Assert.True(Path.Vix.Min() < 12, "and calm spells");
    }

    [Fact]
    public void Breadth_follows_the_index()
    {
        var returns = new double[Path.Count - 1];
        var breadth = new double[Path.Count - 1];
        for (int d = 1; d < Path.Count; d++)
        {
            returns[d - 1] = Math.Log(Path.Close[d] / Path.Close[d - 1]);
            breadth[d - 1] = Path.Advances[d] - Path.Declines[d];
            Assert.InRange(Path.Advances[d] + Path.Declines[d], 2800, 3000);
        }

        double correlation = Correlation(returns, breadth);
        output.WriteLine($"corr(return, advances − declines) = {correlation:F3}");
        Assert.InRange(correlation, 0.7, 0.95);
    }

    [Fact]
    public void Surface_has_no_calendar_or_butterfly_arbitrage_on_any_day()
    {
        var market = fixture.Market;
        var smile = market.Surface.Smile;
        for (int d = 0; d < Path.Count; d++)
        {
            var listed = market.Listing[d];
            var previous = new double[61];
            for (int e = 0; e < listed.Length; e++)
            {
                var slice = market.Surface.Slice(Path.Dates[d], Path.Close[d], Path.Variance[d], Path.Rate[d], listed[e].Expiration);
                for (int i = 0; i <= 60; i++)
                {
                    double k = -1.5 + 0.03 * i;
                    double w = smile.TotalVariance(k, slice.AtmTotalVariance);
                    Assert.True(w >= previous[i] - 1e-14, $"{Path.Dates[d]}: total variance falls at k {k:F2} into {listed[e].Expiration.Date}");
                    Assert.True(smile.ButterflyDensity(k, slice.AtmTotalVariance) >= 0, $"{Path.Dates[d]}: g({k:F2}) < 0 on {listed[e].Expiration.Date}");
                    previous[i] = w;
                }
            }
        }
    }

    [Fact]
    public void Listed_strikes_stay_listed_until_expiry()
    {
        var market = fixture.Market;
        var today = new List<double>();
        var tomorrow = new List<double>();
        for (int d = 0; d + 1 < Path.Count; d += 7)
        {
            var next = market.Listing[d + 1].ToDictionary(x => x.Expiration.Date);
            foreach (var expiry in market.Listing[d])
            {
                bool stillTrades = expiry.Expiration.Date > Path.Dates[d + 1]
                    || (expiry.Expiration.Date == Path.Dates[d + 1] && expiry.Expiration.Settlement == SettlementStyle.Pm);
                if (!stillTrades)
                    continue;
                expiry.Ladder.Strikes(today);
                next[expiry.Expiration.Date].Ladder.Strikes(tomorrow);
                Assert.True(today.All(new HashSet<double>(tomorrow).Contains), $"{Path.Dates[d]}: a strike of {expiry.Expiration.Date} vanished");
            }
        }
    }

    [Fact]
    public void Row_budget_is_3_to_6_thousand_spx_quotes_a_day()
    {
        var strikes = new List<double>();
        long rows = 0;
        foreach (var day in fixture.Market.Listing)
        {
            foreach (var expiry in day)
            {
                expiry.Ladder.Strikes(strikes);
                rows += 2 * strikes.Count;
            }
        }

        double perDay = (double)rows / Path.Count;
        output.WriteLine($"{rows} SPX quotes, {perDay:F0} a day");
        Assert.InRange(perDay, 3000, 6000);
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
