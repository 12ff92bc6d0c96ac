namespace VixShield.Sweeps.Overfitting;

/// <summary>
/// The sufficient statistics of one strategy's per-period returns in one block of periods: enough to get the mean and
/// standard deviation of any union of blocks by adding, so a worker can return them and overfitting needs no re-run.
/// </summary>
/// <param name="Count">How many returns the block holds.</param>
/// <param name="Sum">Σ r over the block.</param>
/// <param name="SumOfSquares">Σ r² over the block.</param>
public readonly record struct BlockReturnStats(int Count, double Sum, double SumOfSquares)
{
    /// <summary>The statistics of a run of per-period returns.</summary>
    public static BlockReturnStats Of(ReadOnlySpan<double> returns)
    {
        double sum = 0, sumOfSquares = 0;
        foreach (double r in returns)
        {
            sum += r;
            sumOfSquares += r * r;
        }

        return new BlockReturnStats(returns.Length, sum, sumOfSquares);
    }
}
