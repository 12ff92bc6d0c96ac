namespace VixShield.Core.Engine;

/// <summary>A hedge layer from open to close, for the hedge-layer log.</summary>
/// <param name="Premium">Dollars paid for the layer (0 for futures).</param>
/// <param name="ProfitAndLoss">Dollars, net of commissions.</param>
public readonly record struct HedgeLayerRecord(
    int Id, Strategy.HedgeInstrument Instrument, int OpenedDate, int ClosedDate, int Expiration, double Strike, int Contracts,
    double EntryPrice, double ExitPrice, double Premium, double StressTarget, double ProfitAndLoss, FillReason CloseReason);
