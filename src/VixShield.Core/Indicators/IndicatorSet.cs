using VixShield.Core.Market;

namespace VixShield.Core.Indicators;

/// <summary>Every indicator of one dataset, computed once and shared read-only by all backtests; RSI and A/D averages are cached per period.</summary>
/// <remarks>
/// Periods that a sweep varies (RSI period, A/D averaging days) are computed on first request and kept; pass the
/// sweep's values to the constructor to compute them up front. A backtest should fetch its series once at start,
/// not per step: lookups are thread-safe and allocation-free once cached, but not free. The input arrays are kept,
/// not copied (they are the tape's, immutable once built), because a period asked for later is computed from them.
/// </remarks>
public sealed class IndicatorSet
{
    private readonly double[] _closes;
    private readonly PeriodCache<IndicatorSeries> _rsi;
    private readonly PeriodCache<AdvanceDeclineTrend> _advanceDecline;

    /// <param name="closes">SPX at each snapshot, index points.</param>
    /// <param name="vix">VIX, volatility points.</param>
    /// <param name="vix3m">VIX3M, volatility points.</param>
    /// <param name="advances">NYSE advancing issues.</param>
    /// <param name="declines">NYSE declining issues.</param>
    /// <param name="rsiPeriods">RSI periods to compute now (others are computed when first asked for).</param>
    /// <param name="advanceDeclineDays">A/D averaging windows to compute now.</param>
    public IndicatorSet(
        double[] closes, double[] vix, double[] vix3m, int[] advances, int[] declines,
        IEnumerable<int>? rsiPeriods = null, IEnumerable<int>? advanceDeclineDays = null)
    {
        int n = closes.Length;
        if (vix.Length != n || vix3m.Length != n || advances.Length != n || declines.Length != n)
            throw new ArgumentException("Every input series must have one value per snapshot.");

        _closes = closes;
        Macd = Macd.Compute(closes);
        VixTermRatio = VixTermStructure.Ratio(vix, vix3m);
        AdvanceDeclineLine = Breadth.AdvanceDeclineLine(advances, declines);
        _rsi = new PeriodCache<IndicatorSeries>(period => RelativeStrengthIndex.Wilder(_closes, period));
        _advanceDecline = new PeriodCache<AdvanceDeclineTrend>(days => new AdvanceDeclineTrend(AdvanceDeclineLine, days));
        foreach (int period in rsiPeriods ?? [])
            Rsi(period);
        foreach (int days in advanceDeclineDays ?? [])
            AdvanceDecline(days);
    }

    public static IndicatorSet FromSeries(MarketSeries series, IEnumerable<int>? rsiPeriods = null, IEnumerable<int>? advanceDeclineDays = null) =>
        new(series.SpxClose, series.Vix, series.Vix3m, series.Advances, series.Declines, rsiPeriods, advanceDeclineDays);

    public int Count => _closes.Length;

    /// <summary>MACD(12, 26, 9) of the SPX closes.</summary>
    public Macd Macd { get; }

    /// <summary>VIX / VIX3M.</summary>
    public IndicatorSeries VixTermRatio { get; }

    public IndicatorSeries AdvanceDeclineLine { get; }

    /// <summary>Wilder RSI of the SPX closes over <paramref name="period"/> snapshots, computed once per period.</summary>
    public IndicatorSeries Rsi(int period)
    {
        // Checked before the cache so that a bad period is never stored as a cached failure.
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return _rsi.Get(period);
    }

    /// <summary>The A/D line and its <paramref name="days"/>-snapshot simple average, computed once per window.</summary>
    public AdvanceDeclineTrend AdvanceDecline(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return _advanceDecline.Get(days);
    }
}
