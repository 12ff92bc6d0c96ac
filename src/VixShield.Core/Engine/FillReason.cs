namespace VixShield.Core.Engine;

/// <summary>Why a fill happened.</summary>
public enum FillReason : byte
{
    Open,
    ProfitTarget,
    StopLoss,
    DteExit,
    Roll,
    Settlement,
    HedgeOpen,
    HedgeTakeProfit,
    HedgeRoll,
    HedgeNoLongerNeeded,
    HedgeSettlement,
}
