namespace VixShield.Core.Market;

/// <summary>
/// Option quotes as flat columns, one entry per row, sorted by (date, expiration, right, strike)
/// with no duplicate key: the shape a loader decodes from Parquet before <see cref="OptionChains.Build"/> indexes it.
/// </summary>
/// <remarks>
/// Prices are whole cents (int32) so that a decimal quote such as 12.35 round-trips exactly. Bid, ask and delta live
/// in <see cref="Quotes"/> (see <see cref="OptionQuote"/> for why). Greeks are per one option on one unit of the
/// underlying (vega per 1.00 of volatility, theta per calendar year). Columns a source does not carry, or a load
/// skips, are null.
/// </remarks>
public sealed record OptionRows(
    int[] Date,
    int[] Expiration,
    SettlementStyle[] Settlement,
    OptionRight[] Right,
    float[] Strike,
    OptionQuote[] Quotes,
    float[] ImpliedVol,
    float[]? Gamma,
    float[]? Theta,
    float[]? Vega,
    double[] Underlying)
{
    public int Count => Date.Length;

    /// <summary>Builds rows from one array per column, as hand-made tapes and tests write them.</summary>
    public static OptionRows FromColumns(
        int[] date, int[] expiration, SettlementStyle[] settlement, OptionRight[] right, float[] strike,
        int[] bidCents, int[] askCents, float[] impliedVol, float[] delta, float[]? gamma, float[]? theta, float[]? vega, double[] underlying)
    {
        var quotes = new OptionQuote[date.Length];
        for (int i = 0; i < quotes.Length; i++)
            quotes[i] = new OptionQuote(bidCents[i], askCents[i], delta[i]);
        return new OptionRows(date, expiration, settlement, right, strike, quotes, impliedVol, gamma, theta, vega, underlying);
    }
}
