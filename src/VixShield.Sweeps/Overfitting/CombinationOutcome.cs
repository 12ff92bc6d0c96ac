namespace VixShield.Sweeps.Overfitting;

/// <summary>
/// One CSCV combination: the strategy selected in sample and how it ranked out of sample. Sharpe ratios are per period
/// (mean over sample standard deviation of the rows), not annualized.
/// </summary>
/// <param name="InSampleBlocks">Bit b set when block b is in sample; the other blocks are out of sample.</param>
/// <param name="Selected">n*, the index of the strategy with the best in-sample Sharpe ratio (the lowest index on a tie).</param>
/// <param name="OutOfSampleRank">n*'s out-of-sample rank, 1 = worst to N = best; ties share their mean rank (so it may end in .5).</param>
/// <param name="RelativeRank">ω̄ = rank / (N + 1), in (0, 1).</param>
/// <param name="Logit">λ = ln(ω̄ / (1 − ω̄)); 0 at the out-of-sample median.</param>
public readonly record struct CombinationOutcome(
    int InSampleBlocks,
    int Selected,
    double InSampleSharpe,
    double OutOfSampleSharpe,
    double OutOfSampleRank,
    double RelativeRank,
    double Logit)
{
    public bool IsInSample(int block) => ((InSampleBlocks >> block) & 1) != 0;
}
