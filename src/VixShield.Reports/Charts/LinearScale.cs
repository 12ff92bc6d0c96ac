namespace VixShield.Reports.Charts;

/// <summary>Maps a data range onto a pixel range, and picks round tick values (1, 2, 2.5 or 5 × a power of ten) inside it.</summary>
internal sealed record LinearScale(double Min, double Max, double PixelFrom, double PixelTo)
{
    /// <summary>A scale over the finite values, widened to round ticks; a flat or empty range gets a small span around it.</summary>
    public static LinearScale Over(IEnumerable<double> values, double pixelFrom, double pixelTo, bool includeZero = false)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
                continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (double.IsInfinity(min))
            (min, max) = (0, 1);
        if (includeZero)
            (min, max) = (Math.Min(min, 0), Math.Max(max, 0));
        if (max - min < 1e-12 * Math.Max(1, Math.Abs(max)))
            (min, max) = (min - Math.Max(Math.Abs(min) * 0.05, 0.5), max + Math.Max(Math.Abs(max) * 0.05, 0.5));
        double step = TickStep(min, max);
        return new LinearScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, pixelFrom, pixelTo);
    }

    public double this[double value] => PixelFrom + (value - Min) / (Max - Min) * (PixelTo - PixelFrom);

    /// <summary>Round values from Min to Max inclusive, about five of them.</summary>
    public IReadOnlyList<double> Ticks()
    {
        double step = TickStep(Min, Max);
        var ticks = new List<double>();
        for (int i = 0; ; i++)
        {
            double tick = Math.Round(Min + i * step, 10);
            if (tick > Max + step * 1e-9)
                break;
            ticks.Add(tick);
        }

        return ticks;
    }

    private static double TickStep(double min, double max)
    {
        double raw = (max - min) / 5;
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
