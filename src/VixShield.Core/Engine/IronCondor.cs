namespace VixShield.Core.Engine;

/// <summary>An open short iron condor: short call and put with long wings, one expiration, equal contract counts.</summary>
/// <remarks>Money fields are dollars; <see cref="Credit"/> is points per unit (×100 per contract).</remarks>
public struct IronCondor
{
    public int Id;

    public int Expiration;

    public int ExpirationDay;

    public Market.SettlementStyle Settlement;

    public OptionLeg ShortCall;

    public OptionLeg LongCall;

    public OptionLeg ShortPut;

    public OptionLeg LongPut;

    public int Contracts;

    /// <summary>Net premium received per unit, points, after any rolls (opening credit, plus roll credits, minus roll debits).</summary>
    public double Credit;

    /// <summary>Premium received at entry per unit, points: the base of the profit target and stop loss.</summary>
    public double EntryCredit;

    /// <summary>Capital committed, dollars: widest wing × 100 × contracts − credit; the IRR's outflow.</summary>
    public double Committed;

    /// <summary>Every dollar this condor has moved through cash so far (premiums, commissions), net.</summary>
    public double CashFlow;

    public int OpenedSnapshot;

    public readonly double CallWidth => LongCall.Strike - ShortCall.Strike;

    public readonly double PutWidth => ShortPut.Strike - LongPut.Strike;

    /// <summary>Max loss in dollars at expiration: widest wing × 100 × contracts − credit received.</summary>
    public readonly double MaxLoss => (Math.Max(CallWidth, PutWidth) - Credit) * 100.0 * Contracts;

    /// <summary>Mark-to-market value in dollars (negative for a short condor): Σ quantity × mid × 100.</summary>
    public readonly double MarkValue =>
        (ShortCall.Quantity * ShortCall.Mark + LongCall.Quantity * LongCall.Mark + ShortPut.Quantity * ShortPut.Mark + LongPut.Quantity * LongPut.Mark) * 100.0;
}
