using VixShield.Core.Engine;
using VixShield.Reports.Model;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Reports.Building;

/// <summary>
/// The Deflated Sharpe Ratio of the rank-1 set and the Probability of Backtest Overfitting of every completed set; each is
/// left out, with the reason in words, when it cannot be computed.
/// </summary>
internal static class OverfittingBuilder
{
    /// <summary>The engine's Sharpe ratio is annualized with √252 (trading days a year).</summary>
    public const double TradingDaysPerYear = 252;

    public static OverfittingDiagnostics Build(SweepPoints points, BacktestResult? bestRun, int maxDegreeOfParallelism, CancellationToken cancel)
    {
        long? bestIndex = points.Ranked.Length > 0 ? points.Indices[points.Ranked[0]] : null;
        var (dsr, dsrMissing) = Deflated(points, bestRun);
        var (pbo, pboMissing) = Probability(points, maxDegreeOfParallelism, cancel);
        return new OverfittingDiagnostics(bestIndex, dsr, dsrMissing, pbo, pboMissing);
    }

    /// <summary>
    /// N = the completed sets (every one was tried), V = the sample variance of their annualized Sharpe ratios (those
    /// defined), SR = the rank-1 set's annualized Sharpe (excess of the risk-free rate, like every trial's), its skewness,
    /// kurtosis and T from its re-run daily returns; all converted to per day with 252 days a year.
    /// </summary>
    internal static (DeflatedSharpeResult? Result, string? Missing) Deflated(SweepPoints points, BacktestResult? bestRun)
    {
        if (points.Ranked.Length == 0 || bestRun is null)
            return (null, "no set meets the constraints");
        double sharpe = points.Metrics[points.Ranked[0]].Sharpe;
        if (!double.IsFinite(sharpe))
            return (null, "the best set's Sharpe ratio is undefined (its equity never moved)");
        var moments = ReturnMoments.Of(bestRun.DailyReturns());
        if (moments.Count < 2 || !double.IsFinite(moments.Skewness) || !double.IsFinite(moments.Kurtosis))
            return (null, "the best set's daily returns have no spread, so their skewness and kurtosis are undefined");
        double variance = TrialSharpeVariance(points.Metrics.Select(m => m.Sharpe));
        var input = DeflatedSharpeInput.FromAnnualized(sharpe, variance, TradingDaysPerYear, moments.Count, moments.Skewness, moments.Kurtosis, points.Count);
        try
        {
            return (DeflatedSharpe.Compute(input), null);
        }
        catch (ArgumentException e)
        {
            return (null, $"not computable from the best set's returns: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>Sample variance (÷ n − 1) of the defined Sharpe ratios; 0 with fewer than two.</summary>
    internal static double TrialSharpeVariance(IEnumerable<double> sharpeRatios)
    {
        var defined = sharpeRatios.Where(double.IsFinite).ToArray();
        if (defined.Length < 2)
            return 0;
        double mean = defined.Average();
        return defined.Sum(s => (s - mean) * (s - mean)) / (defined.Length - 1);
    }

    internal static (BacktestOverfittingResult? Result, string? Missing) Probability(SweepPoints points, int maxDegreeOfParallelism, CancellationToken cancel)
    {
        if (points.Count < 2)
            return (null, $"{points.Count} set{(points.Count == 1 ? "" : "s")} completed; CSCV ranks at least 2");
        var blocks = points.Sets.Select(s => s.Blocks).ToArray();
        if (blocks.Any(b => b is null))
            return (null, "the results carry no per-block returns (written before blocks were recorded), so CSCV cannot recombine them");
        int count = blocks[0]!.Length;
        if (blocks.Any(b => b!.Length != count))
            return (null, "the sets' per-block returns have different block counts");
        if (count < 2 || count % 2 != 0 || count > ProbabilityOfBacktestOverfitting.MaxBlockCount)
            return (null, $"{count} blocks; CSCV needs an even count from 2 to {ProbabilityOfBacktestOverfitting.MaxBlockCount}");
        return (ProbabilityOfBacktestOverfitting.Compute(blocks!, maxDegreeOfParallelism, cancel), null);
    }
}
