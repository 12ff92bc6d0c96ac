using System.Globalization;
using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("13.10")]
    [InlineData("-0.4012")]
    [InlineData("+2846.800000")]
    [InlineData("0.000230")]
    [InlineData("1900")]
    [InlineData("1900.")]
    [InlineData(".5")]
    [InlineData("-0.00")]
    [InlineData("9007199254740993")]     // 2^53 + 1: too many digits for the short cut
    [InlineData("0.1000000000000000055511151231257827")]
    [InlineData("1e-3")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    public void Agrees_with_double_parse(string text)
    {
        Assert.True(PlainDecimal.TryParse(text, out double value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1,5")]
    public void Rejects_what_double_parse_rejects(string text)
    {
        Assert.False(PlainDecimal.TryParse(text, out _));
        Assert.False(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Agrees_with_double_parse_on_a_million_random_decimals()
    {
        var random = new Random(11);
        for (int n = 0; n < 1_000_000; n++)
        {
            int decimals = random.Next(0, 12);
            long integer = random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 16 - Math.Min(decimals, 14))));
            string text = (random.Next(2) == 0 ? "-" : "") + (decimals == 0
                ? integer.ToString(CultureInfo.InvariantCulture)
                : (integer / 1e0).ToString(CultureInfo.InvariantCulture) + "." + random.NextInt64(0, (long)Math.Pow(10, decimals)).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0'));
            Assert.True(PlainDecimal.TryParse(text, out double value), text);
            Assert.True(double.Parse(text, CultureInfo.InvariantCulture).Equals(value), text);
        }
    }
}
