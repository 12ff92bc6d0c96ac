using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>
/// The plain-words answer to "is the best result real or luck": likely real when the Deflated Sharpe Ratio is at least
/// 0.95 and PBO at most 0.2, likely luck when DSR is below 0.5 or PBO above 0.5, doubtful in between.
/// </summary>
internal sealed record OverfittingVerdict(string Headline, string CssClass, string Explanation)
{
    public const double RealDsr = 0.95;
    public const double LuckDsr = 0.5;
    public const double RealPbo = 0.2;
    public const double LuckPbo = 0.5;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static OverfittingVerdict Of(OverfittingDiagnostics diagnostics)
    {
        double? dsr = diagnostics.DeflatedSharpe?.DeflatedSharpeRatio;
        double? pbo = diagnostics.Pbo?.Probability;
        if (dsr is null && pbo is null)
            return new OverfittingVerdict("not assessed", "", "Neither the Deflated Sharpe Ratio nor PBO could be computed for this sweep, so nothing here says whether the best result is skill or selection luck.");

        bool luck = dsr < LuckDsr || pbo > LuckPbo;
        bool real = !luck && (dsr is null || dsr >= RealDsr) && (pbo is null || pbo <= RealPbo);
        var reasons = new List<string>();
        if (dsr is { } d)
        {
            reasons.Add(d >= RealDsr
                ? $"after allowing for every set tried, the best set's true Sharpe ratio is above zero with probability {Figures.Percent(d)} (DSR)"
                : $"after allowing for every set tried, the probability that the best set's true Sharpe ratio is above zero is only {Figures.Percent(d)} (DSR)");
        }

        if (pbo is { } p)
        {
            reasons.Add(p <= RealPbo
                ? $"the set that looks best in one half of the history lands below the median in the other half in only {Figures.Percent(p)} of the splits (PBO)"
                : $"the set that looks best in one half of the history lands at or below the median in the other half in {Figures.Percent(p)} of the splits (PBO)");
        }

        string because = string.Join("; and ", reasons);
        return luck
            ? new OverfittingVerdict("likely luck", "bad", $"{Capitalised(because)}. Treat the top of the table as noise until it holds out of sample.")
            : real
                ? new OverfittingVerdict("likely real", "good", $"{Capitalised(because)}.")
                : new OverfittingVerdict("doubtful", "doubt", $"{Capitalised(because)}. The edge may be partly selection luck; prefer sets that rank well across the heatmaps over the single best.");
    }
}
