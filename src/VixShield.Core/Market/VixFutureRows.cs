namespace VixShield.Core.Market;

/// <summary>VIX futures quotes as flat columns sorted by (date, expiration): what a loader hands to <see cref="VixFutureCurve.Build"/>.</summary>
/// <remarks>Prices are whole cents of VIX points (the future is quoted in VIX points; the multiplier is $1,000).</remarks>
public sealed record VixFutureRows(int[] Date, int[] Expiration, int[] BidCents, int[] AskCents, double[] Settle)
{
    public int Count => Date.Length;
}
