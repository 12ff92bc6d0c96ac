using VixShield.Core.Indicators;
using VixShield.Core.Market;
using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>STRATEGY.md §3's entry filters: all enabled ones must pass, and one that is not warmed up yet blocks entry.</summary>
internal sealed class EntryFilters
{
    private readonly StrategyParameters _p;
    private readonly IndicatorSeries _rsi;
    private readonly IndicatorSeries _macdHistogram;
    private readonly AdvanceDeclineTrend? _breadth;
    private readonly double[] _vix;

    public EntryFilters(MarketContext market, StrategyParameters parameters)
    {
        _p = parameters;
        _rsi = market.Indicators.Rsi(parameters.FilterRsiPeriod);
        _macdHistogram = market.Indicators.Macd.Histogram;
        _breadth = parameters.FilterAdMaDays is { } days ? market.Indicators.AdvanceDecline(days) : null;
        _vix = market.Tape.Series.Vix;
    }

    public bool Pass(int t)
    {
        if (_p.FilterRsiLow is not null || _p.FilterRsiHigh is not null)
        {
            if (!_rsi.IsReady(t))
                return false;
            double rsi = _rsi[t];
            if (_p.FilterRsiLow is { } low && rsi < low)
                return false;
            if (_p.FilterRsiHigh is { } high && rsi > high)
                return false;
        }

        if (_p.FilterVixMax is { } vixMax && _vix[t] > vixMax)
            return false;

        if (_p.FilterMacdHistMin is { } histMin && (!_macdHistogram.IsReady(t) || _macdHistogram[t] < histMin))
            return false;

        if (_breadth is not null && (!_breadth.Average.IsReady(t) || !_breadth.IsAtOrAboveAverage(t)))
            return false;

        return true;
    }
}
