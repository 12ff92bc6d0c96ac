namespace VixShield.Core.Market;

/// <summary>
/// Option quotes as flat columns, one entry per row, sorted by (date, expiration, right, strike)
/// with no duplicate key: the shape a loader decodes from Parquet before <see cref="OptionChains.Build"/> indexes it.
/// </summary>
/// <remarks>
/// Prices are whole cents (int32) so that a decimal quote such as 12.35 round-trips exactly.
/// Greeks are per one option on one unit of the underlying (delta is a fraction, vega per 1.00 of volatility,
/// theta per calendar year). Columns a source does not carry (VIX options have no gamma/theta/vega) are null.
/// </remarks>
public sealed record OptionRows(
    int[] Date,
    int[] Expiration,
    SettlementStyle[] Settlement,
    OptionRight[] Right,
    float[] Strike,
    int[] BidCents,
    int[] AskCents,
    float[] ImpliedVol,
    float[] Delta,
    float[]? Gamma,
    float[]? Theta,
    float[]? Vega,
    double[] Underlying)
{
    public int Count => Date.Length;
}
