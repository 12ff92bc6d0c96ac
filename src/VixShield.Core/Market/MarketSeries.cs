namespace VixShield.Core.Market;

/// <summary>Per-snapshot index levels and breadth: one entry per snapshot, in snapshot order.</summary>
/// <remarks>Prices are SPX index points, VIX and VIX3M are volatility points, <see cref="Rate"/> is an annual decimal.</remarks>
public sealed class MarketSeries
{
    public MarketSeries(
        double[] spxOpen, double[] spxHigh, double[] spxLow, double[] spxClose,
        double[] vix, double[] vix3m, int[] advances, int[] declines, double[] rate)
    {
        int n = spxClose.Length;
        foreach (var length in new[] { spxOpen.Length, spxHigh.Length, spxLow.Length, vix.Length, vix3m.Length, advances.Length, declines.Length, rate.Length })
        {
            if (length != n)
                throw new ArgumentException("Every series column must have one value per snapshot.");
        }

        SpxOpen = spxOpen;
        SpxHigh = spxHigh;
        SpxLow = spxLow;
        SpxClose = spxClose;
        Vix = vix;
        Vix3m = vix3m;
        Advances = advances;
        Declines = declines;
        Rate = rate;
    }

    public int Count => SpxClose.Length;

    public double[] SpxOpen { get; }

    public double[] SpxHigh { get; }

    public double[] SpxLow { get; }

    /// <summary>SPX at the snapshot time (15:45 ET for the default daily snapshot).</summary>
    public double[] SpxClose { get; }

    public double[] Vix { get; }

    public double[] Vix3m { get; }

    /// <summary>NYSE advancing issues.</summary>
    public int[] Advances { get; }

    /// <summary>NYSE declining issues.</summary>
    public int[] Declines { get; }

    /// <summary>Risk-free rate, annual decimal (0.05 = 5%).</summary>
    public double[] Rate { get; }
}
