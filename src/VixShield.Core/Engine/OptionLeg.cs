using VixShield.Core.Market;

namespace VixShield.Core.Engine;

/// <summary>One option position: a contract and a signed quantity (negative = short), followed row by row through the tape.</summary>
public struct OptionLeg
{
    /// <summary>The contract's row at the current snapshot, or -1 when it is not quoted there.</summary>
    public int Row;

    public double Strike;

    public OptionRight Right;

    /// <summary>Contracts, signed: +long, −short.</summary>
    public int Quantity;

    /// <summary>Last mid seen (points per unit): the mark when today's quote is missing.</summary>
    public double Mark;

    public readonly bool IsShort => Quantity < 0;
}
