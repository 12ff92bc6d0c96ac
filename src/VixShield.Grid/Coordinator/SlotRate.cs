namespace VixShield.Grid.Coordinator;

/// <summary>
/// Sets per second per worker slot, from the compute time workers report with each unit (an exponentially weighted
/// mean, so a new dataset or a faster cluster shows within a few units). Sizes the units of sweeps submitted without a
/// unit size; results never depend on it.
/// </summary>
public sealed class SlotRate(double initialSetsPerSecond)
{
    private const double Weight = 0.2;

    public double SetsPerSecond { get; private set; } = initialSetsPerSecond;

    /// <summary>Units measured so far.</summary>
    public int Observations { get; private set; }

    public void Observe(long sets, double computeSeconds)
    {
        if (sets <= 0 || !(computeSeconds > 0) || double.IsInfinity(computeSeconds))
            return;
        double rate = sets / computeSeconds;
        SetsPerSecond = Observations == 0 ? rate : (1 - Weight) * SetsPerSecond + Weight * rate;
        Observations++;
    }
}
