using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace VixShield.Sweeps.Reading;

/// <summary>Typed reads of YAML values; a wrong shape or type is a <see cref="SweepException"/> naming the key.</summary>
internal static class Scalars
{
    /// <summary>The text of a scalar; a null scalar (<c>~</c> or nothing) reads as <c>none</c>.</summary>
    public static string Text(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
            throw new SweepException(key, "expected a single value");
        return IsNull(scalar) ? "none" : scalar.Value!;
    }

    public static string RequiredText(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
            throw new SweepException(key, "expected a single value");
        if (IsNull(scalar) || scalar.Value!.Trim().Length == 0)
            throw new SweepException(key, "is empty");
        return scalar.Value.Trim();
    }

    public static decimal Decimal(YamlNode node, string key)
    {
        string text = RequiredText(node, key);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            throw new SweepException(key, $"\"{text}\" is not a number");
        return value;
    }

    public static double Double(YamlNode node, string key)
    {
        string text = RequiredText(node, key);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new SweepException(key, $"\"{text}\" is not a number");
        return value;
    }

    public static long WholeNumber(YamlNode node, string key)
    {
        string text = RequiredText(node, key);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            throw new SweepException(key, $"\"{text}\" is not a whole number");
        return value;
    }

    public static DateOnly Date(YamlNode node, string key)
    {
        string text = RequiredText(node, key);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new SweepException(key, $"\"{text}\" is not a date yyyy-mm-dd");
        return date;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "" or "null");
}
