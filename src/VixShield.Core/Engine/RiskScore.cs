using VixShield.Core.Indicators;
using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>
/// STRATEGY.md §5's risk score: how many stress signals fire at a snapshot. A disabled signal (<c>none</c>) or one
/// whose indicator is not warmed up never fires.
/// </summary>
/// <remarks>The RSI signal uses <c>filter.rsi_period</c>; the MACD signal has no threshold and is always enabled.</remarks>
internal sealed class RiskScore
{
    private readonly double? _termRatio;
    private readonly double? _rsiTrigger;
    private readonly IndicatorSeries _ratio;
    private readonly IndicatorSeries _rsi;
    private readonly Macd _macd;
    private readonly AdvanceDeclineTrend? _breadth;

    public RiskScore(MarketContext market, StrategyParameters parameters)
    {
        _termRatio = parameters.HedgeTermRatio;
        _rsiTrigger = parameters.HedgeRsiTrigger;
        _ratio = market.Indicators.VixTermRatio;
        _rsi = market.Indicators.Rsi(parameters.FilterRsiPeriod);
        _macd = market.Indicators.Macd;
        _breadth = parameters.HedgeAdMaDays is { } days ? market.Indicators.AdvanceDecline(days) : null;
    }

    public int At(int t)
    {
        int score = 0;
        if (_termRatio is { } ratio && _ratio.IsReady(t) && _ratio[t] >= ratio)
            score++;
        if (_rsiTrigger is { } trigger && _rsi.IsReady(t) && _rsi[t] <= trigger)
            score++;
        if (t >= 1 && _macd.Histogram.IsReady(t - 1) && _macd.IsHistogramNegativeAndFalling(t))
            score++;
        if (_breadth is not null && _breadth.Average.IsReady(t) && _breadth.IsBelowAverage(t))
            score++;
        return score;
    }
}
