using System.Globalization;

namespace VixShield.Data.Import;

/// <summary>
/// Parses vendor numbers with the same result as <c>double.Parse(text, CultureInfo.InvariantCulture)</c>, taking a
/// short cut for plain decimals such as <c>13.10</c> or <c>-0.4012</c>, which are almost all of a quote file.
/// </summary>
/// <remarks>
/// The short cut (Clinger's fast path): with at most 2^53 as the digits' integer and at most 22 decimals, both the
/// integer and the power of ten are exact doubles, so one IEEE division gives the correctly rounded value, as the
/// runtime's parser does. Anything else (exponents, NaN, whitespace, long digit strings) goes to <c>double.TryParse</c>.
/// </remarks>
internal static class PlainDecimal
{
    private const ulong ExactIntegerLimit = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong digits = 0;
        int decimals = 0, digitCount = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                digits = digits * 10 + digit;
                digitCount++;
                if (point) decimals++;
                if (digits > ExactIntegerLimit) return Fallback(text, out value);
            }
            else if (text[i] == '.' && !point)
            {
                point = true;
            }
            else
            {
                return Fallback(text, out value);
            }
        }

        if (digitCount == 0 || decimals >= PowersOfTen.Length)
            return Fallback(text, out value);
        value = digits / PowersOfTen[decimals];
        if (negative) value = -value;
        return true;
    }

    private static bool Fallback(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
