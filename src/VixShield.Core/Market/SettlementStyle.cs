namespace VixShield.Core.Market;

/// <summary>When an expiring SPX option's settlement value is struck.</summary>
public enum SettlementStyle : byte
{
    /// <summary>Monthly (third-Friday) SPX: special opening quotation, approximated by that day's open.</summary>
    Am = 0,

    /// <summary>Weekly SPXW and VIX-style products: that day's close.</summary>
    Pm = 1,
}
