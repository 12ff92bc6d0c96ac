namespace VixShield.Core.Engine;

/// <summary>One open ALVH layer: long VIX calls or long VIX futures bought to cover a slice of condor exposure.</summary>
public struct HedgeLayer
{
    public int Id;

    public Strategy.HedgeInstrument Instrument;

    public int Expiration;

    public int ExpirationDay;

    /// <summary>VIX call strike, VIX points (0 for futures).</summary>
    public double Strike;

    /// <summary>The row of the call (in VIX options) or the future (in VIX futures) at the current snapshot, or -1.</summary>
    public int Row;

    public int Contracts;

    /// <summary>Fill price per unit, VIX points.</summary>
    public double EntryPrice;

    /// <summary>Last mid, VIX points: the mark when today's quote is missing.</summary>
    public double Mark;

    /// <summary>Premium paid in dollars (0 for futures, which cost no premium).</summary>
    public double Premium;

    /// <summary>Dollars the layer must pay under the stress scenario: increment × exposure when it was added.</summary>
    public double StressTarget;

    public double CashFlow;

    public int OpenedSnapshot;

    public readonly int Multiplier => Instrument == Strategy.HedgeInstrument.Futures ? 1000 : 100;

    /// <summary>Mark-to-market value in dollars. A future's value is its P&amp;L since entry (it costs no premium).</summary>
    public readonly double MarkValue => Instrument == Strategy.HedgeInstrument.Futures
        ? (Mark - EntryPrice) * Multiplier * Contracts
        : Mark * Multiplier * Contracts;
}
