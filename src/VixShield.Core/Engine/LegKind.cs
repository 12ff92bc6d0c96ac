namespace VixShield.Core.Engine;

/// <summary>Which part of a position a fill belongs to.</summary>
public enum LegKind : byte
{
    ShortCall,
    LongCall,
    ShortPut,
    LongPut,
    HedgeCall,
    HedgeFuture,
}
