using VixShield.Core.Indicators;
using VixShield.Core.Market;
using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>A tape with its indicators, computed once per dataset and shared read-only by every backtest on a node.</summary>
public sealed class MarketContext
{
    public MarketContext(MarketTape tape, IndicatorSet? indicators = null)
    {
        Tape = tape;
        Indicators = indicators ?? IndicatorSet.FromSeries(tape.Series);
    }

    public MarketTape Tape { get; }

    public IndicatorSet Indicators { get; }

    /// <summary>
    /// Refuses, before anything runs, a parameter set that needs instruments the dataset lacks:
    /// a hedge of VIX calls without VIX options, or of futures without VIX futures.
    /// </summary>
    public void RequireInstrumentsFor(StrategyParameters parameters)
    {
        if (!parameters.HedgeEnabled)
            return;
        if (parameters.HedgeInstrument == HedgeInstrument.Calls && !Tape.HasVixOptions)
            throw new ParameterException("hedge.instrument", $"calls need VIX options, and dataset '{Tape.Name}' has none; use hedge.instrument=futures or hedge.max_layers=0");
        if (parameters.HedgeInstrument == HedgeInstrument.Futures && !Tape.HasVixFutures)
            throw new ParameterException("hedge.instrument", $"futures need VIX futures, and dataset '{Tape.Name}' has none; set hedge.max_layers=0");
    }
}
