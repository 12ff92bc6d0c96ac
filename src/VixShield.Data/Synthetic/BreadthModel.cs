using VixShield.Core.Pricing;

namespace VixShield.Data.Synthetic;

/// <summary>
/// NYSE advances and declines from the day's SPX return: of <see cref="IssuesTraded"/> issues, 2% are unchanged and the
/// rest advance with probability Φ(0.8·z + 0.35·e), where z is the day's log return over its expected standard deviation
/// √(v/252) and e is a persistent breadth factor (AR(1), φ = 0.9, unit variance) that lets the A/D line drift from the index.
/// </summary>
public static class BreadthModel
{
    public const int IssuesTraded = 3000;
    public const double ReturnLoading = 0.8, FactorLoading = 0.35, FactorPersistence = 0.9, UnchangedShare = 0.02;

    /// <summary>The next value of the persistent breadth factor given a fresh standard normal draw.</summary>
    public static double NextFactor(double factor, double normal) =>
        FactorPersistence * factor + Math.Sqrt(1 - FactorPersistence * FactorPersistence) * normal;

    public static (int Advances, int Declines) Split(double logReturn, double variance, double factor)
    {
        double z = logReturn / Math.Sqrt(Math.Max(variance, 1e-4) / SessionClock.SessionsPerYear);
        double advancing = StandardNormal.Cdf(ReturnLoading * z + FactorLoading * factor);
        int moving = IssuesTraded - (int)Math.Round(IssuesTraded * UnchangedShare);
        int advances = (int)Math.Round(moving * advancing);
        return (advances, moving - advances);
    }
}
