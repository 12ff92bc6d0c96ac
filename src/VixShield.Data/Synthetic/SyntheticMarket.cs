using VixShield.Data.Format;

namespace VixShield.Data.Synthetic;

/// <summary>
/// A simulated market ready to price: the path, the contract listing and the pricers, built from options. Everything
/// random is in the path; pricing a day from here is a pure function, so days and years may be priced in any order.
/// </summary>
public sealed class SyntheticMarket
{
    private int _futureRows;

    private SyntheticMarket(SyntheticMarketOptions options, MarketPath path, SessionClock clock)
    {
        Options = options;
        Path = path;
        Clock = clock;
        Surface = new SpxVolatilitySurface(options, clock);
        SpxChains = new SpxChainPricer(Surface, options.Seed);
        Vix = new VixMarketPricer(options, clock);
        Listing = SpxListing.Build(path, options, Surface);
    }

    public SyntheticMarketOptions Options { get; }

    public MarketPath Path { get; }

    public SessionClock Clock { get; }

    public SpxVolatilitySurface Surface { get; }

    public SpxChainPricer SpxChains { get; }

    public VixMarketPricer Vix { get; }

    /// <summary>The SPX expirations and strike ladders listed at each snapshot.</summary>
    public SpxListedExpiry[][] Listing { get; }

    public long FutureRowCount => _futureRows;

    public static SyntheticMarket Build(SyntheticMarketOptions options)
    {
        var path = MarketPathSimulator.Simulate(options);
        int horizon = Math.Max(options.Listing.WeeklyHorizonDays, options.Listing.MonthlyHorizonDays) + 400;
        return new SyntheticMarket(options, path, new SessionClock(path.Dates[0], path.Dates[^1].AddDays(horizon)));
    }

    public IReadOnlyList<SeriesRow> SeriesRows()
    {
        var p = Path;
        var rows = new SeriesRow[p.Count];
        for (int d = 0; d < p.Count; d++)
        {
            rows[d] = new SeriesRow(Core.Market.DateCode.FromDate(p.Dates[d]), p.Open[d], p.High[d], p.Low[d], p.Close[d],
                p.Vix[d], p.Vix3m[d], p.Advances[d], p.Declines[d], p.Rate[d]);
        }

        return rows;
    }

    public IReadOnlyList<VixFutureRow> VixFutureRows()
    {
        var rows = new List<VixFutureRow>(Path.Count * (Options.Listing.VixFutures + 1));
        for (int d = 0; d < Path.Count; d++)
            Vix.PriceFutures(Path, d, rows);
        _futureRows = rows.Count;
        return rows;
    }

    /// <summary>One day's SPX chain (for inspection and tests).</summary>
    public List<SpxOptionRow> SpxChain(int day)
    {
        var rows = new List<SpxOptionRow>();
        SpxChains.PriceDay(Path, day, Listing[day], rows);
        return rows;
    }
}
