namespace VixShield.Data.Synthetic;

/// <summary>
/// Turns a model mid price into an exchange-style bid and ask in whole cents: the bid is rounded down and the ask up to
/// the tick, which depends on the price (SPX: 0.05 below 3.00, 0.10 from 3.00; VIX options: 0.01 below 3.00, 0.05 from 3.00).
/// A bid that would fall below one tick is 0 (no bid).
/// </summary>
public static class QuoteRules
{
    /// <summary>
    /// SPX spread (points): (0.10 + 1.5% of the mid) × (1 + years to expiry), so cheap wings quote 0.05–0.20 wide, an
    /// at-the-money 45-day option about 1 point wide, and longer-dated and deep in-the-money options wider.
    /// </summary>
    public static (int BidCents, int AskCents) Spx(double mid, double calendarYears)
    {
        double spread = (0.10 + 0.015 * mid) * (1 + calendarYears);
        return Quote(mid, spread, lowTickCents: 5, highTickCents: 10);
    }

    /// <summary>VIX option spread (points): 0.03 + 4% of the mid.</summary>
    public static (int BidCents, int AskCents) VixOption(double mid)
    {
        double spread = 0.03 + 0.04 * mid;
        return Quote(mid, spread, lowTickCents: 1, highTickCents: 5);
    }

    /// <summary>VIX future bid and ask (tick 0.05): one tick wide, two ticks when the future is above 30 or beyond the second month.</summary>
    public static (int BidCents, int AskCents) VixFuture(double fair, bool nearMonth)
    {
        int spread = nearMonth && fair < 30 ? 5 : 10;
        int bid = (int)Math.Floor((fair * 100 - spread / 2.0) / 5) * 5;
        return (bid, bid + spread);
    }

    /// <summary>
    /// Centres the modelled spread on the mid and rounds each side to its nearest tick (at least one tick wide).
    /// Rounding both sides outward, as this once did, added up to two ticks to every quote: a $10 45-day option
    /// came out 0.40 wide where SPX quotes it nearer 0.20–0.30.
    /// </summary>
    private static (int, int) Quote(double mid, double spread, int lowTickCents, int highTickCents)
    {
        double bidCents = (mid - spread / 2) * 100, askCents = (mid + spread / 2) * 100;
        int bidTick = bidCents < 300 ? lowTickCents : highTickCents;
        int bid = bidCents < lowTickCents ? 0 : (int)Math.Round(bidCents / bidTick) * bidTick;
        int askTick = askCents < 300 ? lowTickCents : highTickCents;
        int ask = (int)Math.Round(askCents / askTick) * askTick;
        int minimumAsk = bid + (bid < 300 ? lowTickCents : highTickCents);
        return (bid, Math.Max(ask, minimumAsk));
    }
}
