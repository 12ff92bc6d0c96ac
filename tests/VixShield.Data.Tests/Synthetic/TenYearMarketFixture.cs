using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

/// <summary>The default 10-year market (2015-01-02..2024-12-31, seed 1), simulated and listed once for every stylized-fact test.</summary>
public sealed class TenYearMarketFixture
{
    public TenYearMarketFixture()
    {
        Options = new SyntheticMarketOptions();
        Market = SyntheticMarket.Build(Options);
        Facts = StylizedFacts.Measure(Market.Path, Options);
    }

    public SyntheticMarketOptions Options { get; }

    public SyntheticMarket Market { get; }

    public StylizedFacts Facts { get; }
}
