namespace VixShield.Core.Engine;

/// <summary>STRATEGY.md §5's stress scenario for sizing a layer: the VIX future jumps to max(2 × now, now + 15); SPX options are unchanged.</summary>
public static class StressScenario
{
    /// <summary>The stressed VIX future, VIX points.</summary>
    public static double StressedFuture(double future) => Math.Max(2.0 * future, future + 15.0);

    /// <summary>
    /// Contracts needed so that the layer's gain under stress covers <paramref name="targetDollars"/>, given the gain of
    /// one contract; 0 when one contract gains nothing (the layer cannot hedge).
    /// </summary>
    public static int ContractsFor(double targetDollars, double gainPerContract) =>
        gainPerContract > 0 && targetDollars > 0 ? (int)Math.Ceiling(targetDollars / gainPerContract) : 0;
}
