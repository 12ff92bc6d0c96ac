namespace VixShield.Sweeps.OutOfSample;

/// <summary>
/// A sweep file's <c>walk_forward: { in_sample_years: N, out_of_sample_years: M }</c>: rolling windows of N calendar
/// years in sample followed by M years out of sample, stepping by M years so the out-of-sample periods tile the rest.
/// </summary>
public sealed record WalkForwardSpec(int InSampleYears, int OutOfSampleYears)
{
    /// <summary>
    /// The windows over the sweep's period [<paramref name="from"/>, <paramref name="to"/>] (calendar days, inclusive):
    /// window k is in sample from <c>from + k·M</c> years for N years, then out of sample for M years, the last one
    /// clipped at <paramref name="to"/>. Empty when the period is shorter than N years and a day.
    /// </summary>
    public IReadOnlyList<WalkForwardWindow> Windows(DateOnly from, DateOnly to)
    {
        var windows = new List<WalkForwardWindow>();
        for (int k = 0; ; k++)
        {
            var inSampleFrom = from.AddYears(k * OutOfSampleYears);
            var outOfSampleFrom = inSampleFrom.AddYears(InSampleYears);
            if (outOfSampleFrom > to)
                break;
            var outOfSampleTo = outOfSampleFrom.AddYears(OutOfSampleYears).AddDays(-1);
            windows.Add(new WalkForwardWindow(k, inSampleFrom, outOfSampleFrom.AddDays(-1), outOfSampleFrom, outOfSampleTo < to ? outOfSampleTo : to));
        }

        return windows;
    }
}
