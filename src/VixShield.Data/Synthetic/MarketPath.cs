namespace VixShield.Data.Synthetic;

/// <summary>
/// One simulated history, one entry per trading session: SPX OHLC (points, whole cents; close = the 15:45 snapshot),
/// spot variance (annual decimal) at the snapshot and at the open, the short rate (annual decimal), VIX, VIX3M and the
/// opening VIX (vol points, two decimals), and NYSE breadth.
/// </summary>
public sealed class MarketPath
{
    public MarketPath(int count)
    {
        Dates = new DateOnly[count];
        Open = new double[count];
        High = new double[count];
        Low = new double[count];
        Close = new double[count];
        Variance = new double[count];
        OpenVariance = new double[count];
        Rate = new double[count];
        Vix = new double[count];
        Vix3m = new double[count];
        VixOpen = new double[count];
        Advances = new int[count];
        Declines = new int[count];
    }

    public int Count => Dates.Length;

    public DateOnly[] Dates { get; }

    public double[] Open { get; }

    public double[] High { get; }

    public double[] Low { get; }

    /// <summary>SPX at the 15:45 snapshot.</summary>
    public double[] Close { get; }

    /// <summary>Spot variance v at the snapshot.</summary>
    public double[] Variance { get; }

    /// <summary>Spot variance at the 9:30 open (sets the VIX opening value, which settles VIX futures and options).</summary>
    public double[] OpenVariance { get; }

    public double[] Rate { get; }

    public double[] Vix { get; }

    public double[] Vix3m { get; }

    /// <summary>VIX at the 9:30 open: the final settlement value of VIX futures and options expiring that day.</summary>
    public double[] VixOpen { get; }

    public int[] Advances { get; }

    public int[] Declines { get; }

    /// <summary>The session index of <paramref name="date"/>, or -1 when it is not in the path.</summary>
    public int IndexOf(DateOnly date)
    {
        int i = Array.BinarySearch(Dates, date);
        return i >= 0 ? i : -1;
    }
}
