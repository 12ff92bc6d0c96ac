using VixShield.Core.Market;

namespace VixShield.Data.Format;

/// <summary>One row of <c>series.parquet</c>: a snapshot's SPX OHLC (points), VIX and VIX3M (vol points), NYSE breadth and the risk-free rate (annual decimal).</summary>
public readonly record struct SeriesRow(
    int Date, double SpxOpen, double SpxHigh, double SpxLow, double SpxClose,
    double Vix, double Vix3m, int Advances, int Declines, double Rate);

/// <summary>One row of <c>spx_options/YYYY.parquet</c>: a quote at a snapshot. Prices in index points (dollars per unit; ×100 per contract).</summary>
public readonly record struct SpxOptionRow(
    int Date, int Expiration, SettlementStyle Settlement, double Strike, OptionRight Right,
    double Bid, double Ask, double ImpliedVol, double Delta, double Gamma, double Theta, double Vega,
    double Underlying, int OpenInterest, int Volume);

/// <summary>One row of <c>vix_futures.parquet</c>. Prices in VIX points (×1000 per contract).</summary>
public readonly record struct VixFutureRow(int Date, int Expiration, double Bid, double Ask, double Settle);

/// <summary>One row of <c>vix_options/YYYY.parquet</c>. Prices in VIX points (×100 per contract); <see cref="Future"/> is the same-expiry VIX future.</summary>
public readonly record struct VixOptionRow(
    int Date, int Expiration, double Strike, OptionRight Right, double Bid, double Ask, double ImpliedVol, double Delta, double Future);
