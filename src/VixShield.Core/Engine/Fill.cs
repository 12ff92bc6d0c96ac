using VixShield.Core.Market;

namespace VixShield.Core.Engine;

/// <summary>One fill or settlement in the trade log.</summary>
/// <param name="Date">Snapshot date, yyyymmdd.</param>
/// <param name="PositionId">Condor or hedge-layer id (layers are numbered apart from condors by <see cref="Leg"/>).</param>
/// <param name="Quantity">Signed contracts traded: + bought, − sold.</param>
/// <param name="Price">Per unit, points (settlements: the intrinsic value paid).</param>
/// <param name="Commission">Dollars.</param>
public readonly record struct Fill(
    int Date, int PositionId, LegKind Leg, InstrumentKind Instrument, int Expiration, double Strike, OptionRight Right,
    int Quantity, double Price, double Commission, FillReason Reason);
