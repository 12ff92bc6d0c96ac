namespace VixShield.Core.Market;

/// <summary>A half-open range [<see cref="Start"/>, <see cref="End"/>) of row or expiry indexes in a tape table.</summary>
public readonly record struct IndexRange(int Start, int End)
{
    public int Count => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int index) => index >= Start && index < End;
}
