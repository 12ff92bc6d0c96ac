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

    public static string Price(double value) => value.ToString("0.00######", System.Globalization.CultureInfo.InvariantCulture);
}
