namespace VixShield.Core.Engine;

/// <summary>The traded instrument.</summary>
public enum InstrumentKind : byte
{
    SpxOption,
    VixOption,
    VixFuture,
}
