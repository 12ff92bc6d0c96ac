using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

/// <summary>The option seller's view of the default 10-year market: the variance premium must reach the option prices.</summary>
public class PremiumSellerFactsTests(TenYearMarketFixture fixture, ITestOutputHelper output) : IClassFixture<TenYearMarketFixture>
{
    public static TheoryData<long> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Atm_implied_vol_exceeds_subsequent_realized_vol_by_1_to_4_points(long seed) =>
        Assert.InRange(Measure(seed).MeanAtmPremium, 1, 4);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sixteen_delta_put_sellers_keep_20_to_70_percent_of_premium(long seed) =>
        Assert.InRange(Measure(seed).PutKept, 0.20, 0.70);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sixteen_delta_calls_are_roughly_fair(long seed) =>
        Assert.InRange(Measure(seed).CallKept, -0.25, 0.40);

    [Fact]
    public void Vix_from_the_surface_strip_matches_the_dataset_vix()
    {
        var facts = Measure(1);
        Assert.InRange(facts.MeanStripVixGap, -0.5, 0.5);
    }

    [Fact]
    public void Log_contract_of_a_flat_smile_is_its_total_variance()
    {
        // With η → 0 the SSVI slice is flat at √(θ/T); the log contract then pays exactly θ.
        var flat = new SsviSurface(new SsviParameters(0, 1e-9, 0.5));
        foreach (double theta in new[] { 1e-6, 0.002, 0.05, 0.5 })
            Assert.InRange(flat.LogContractVariance(theta) / theta, 1 - 2e-4, 1 + 2e-4);
    }

    private PremiumSellerFacts Measure(long seed)
    {
        var facts = seed == fixture.Options.Seed
            ? PremiumSellerFacts.Measure(fixture.Market.Path, fixture.Options)
            : PremiumSellerFacts.Measure(MarketPathSimulator.Simulate(fixture.Options with { Seed = seed }), fixture.Options with { Seed = seed });
        output.WriteLine($"seed {seed}: {facts} ATM − RV {facts.MeanAtmPremium:F2}");
        return facts;
    }
}
