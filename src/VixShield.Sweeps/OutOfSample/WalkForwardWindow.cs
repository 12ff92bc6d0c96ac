namespace VixShield.Sweeps.OutOfSample;

/// <summary>One step of a walk-forward: choose on the in-sample dates, then trade the choice on the out-of-sample dates that follow.</summary>
/// <param name="Number">0-based, in time order.</param>
/// <param name="InSampleFrom">First calendar day of the in-sample period.</param>
/// <param name="InSampleTo">Last calendar day of the in-sample period (inclusive).</param>
/// <param name="OutOfSampleFrom">The day after <paramref name="InSampleTo"/>.</param>
/// <param name="OutOfSampleTo">Last calendar day of the out-of-sample period (inclusive); the sweep's last day clips the final window.</param>
public sealed record WalkForwardWindow(int Number, DateOnly InSampleFrom, DateOnly InSampleTo, DateOnly OutOfSampleFrom, DateOnly OutOfSampleTo);
