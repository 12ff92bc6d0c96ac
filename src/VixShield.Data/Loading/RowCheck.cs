namespace VixShield.Data.Loading;

/// <summary>Field-level checks shared by every reader; each returns the problem or null, and the message to show.</summary>
internal static class RowCheck
{
    /// <summary>Converts dollars to whole cents; false when the price is off the cent grid or absurdly large.</summary>
    public static bool TryCents(double price, out int cents)
    {
        double scaled = price * 100.0;
        double rounded = Math.Round(scaled);
        cents = (int)rounded;
        return Math.Abs(scaled - rounded) < 1e-6 && rounded < int.MaxValue;
    }

    /// <summary>A bid/ask pair: not negative, not crossed, whole cents. Returns the problem, or null with the prices in cents.</summary>
    public static QuoteProblem? Quote(double bid, double ask, out int bidCents, out int askCents, out string message)
    {
        bidCents = askCents = 0;
        message = "";
        if (bid < 0 || ask < 0)
        {
            message = $"negative quote: bid {Price(bid)}, ask {Price(ask)}";
            return QuoteProblem.NegativeValue;
        }

        if (bid > ask)
        {
            message = $"crossed quote: bid {Price(bid)} above ask {Price(ask)}";
            return QuoteProblem.CrossedQuote;
        }

        if (!TryCents(bid, out bidCents) || !TryCents(ask, out askCents))
        {
            message = $"bid {Price(bid)} / ask {Price(ask)} is not a whole number of cents";
            return QuoteProblem.OffGridPrice;
        }

        return null;
    }

    public static string Price(double value) => value.ToString("0.00######", System.Globalization.CultureInfo.InvariantCulture);
}
