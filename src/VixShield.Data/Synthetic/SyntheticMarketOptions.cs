namespace VixShield.Data.Synthetic;

/// <summary>What to generate: the date range, the seed and the model's parameters (all defaulted; see Synthetic/README.md).</summary>
public sealed record SyntheticMarketOptions
{
    /// <summary>The first snapshot date on or after this date is the dataset's first.</summary>
    public DateOnly Start { get; init; } = new(2015, 1, 2);

    /// <summary>The last snapshot date on or before this date is the dataset's last.</summary>
    public DateOnly End { get; init; } = new(2024, 12, 31);

    public long Seed { get; init; } = 1;

    public BatesParameters Model { get; init; } = new();

    public RatePathParameters Rates { get; init; } = new();

    /// <summary>The SPX implied volatility surface's shape.</summary>
    public SsviParameters SpxSurface { get; init; } = SsviParameters.SpxDefault;

    /// <summary>The VIX option smile's shape (on each expiry's lognormal ATM volatility).</summary>
    public SsviParameters VixSmile { get; init; } = SsviParameters.VixDefault;

    public SpxListingParameters Listing { get; init; } = new();

    /// <summary>Every problem with these options, one clear sentence each; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Start.Year < 1990 || End.Year > 2100)
            problems.Add($"Start and End must lie in 1990..2100 (got {Start:yyyy-MM-dd}..{End:yyyy-MM-dd}).");
        else if (TradingCalendar.TradingDays(Start, End).Count < 2)
            problems.Add($"The range {Start:yyyy-MM-dd}..{End:yyyy-MM-dd} must contain at least two trading days.");
        problems.AddRange(Model.Problems());
        problems.AddRange(Rates.Problems());
        problems.AddRange(SpxSurface.Problems(nameof(SpxSurface)));
        problems.AddRange(VixSmile.Problems(nameof(VixSmile)));
        problems.AddRange(Listing.Problems());
        return problems;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new ArgumentException("Invalid synthetic market options: " + string.Join(" ", problems));
    }
}
