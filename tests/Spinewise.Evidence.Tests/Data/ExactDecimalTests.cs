using System.Globalization;
using System.Text;
using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

/// <summary>Exact decimal parsing (Clinger's fast path, the 128-bit path beyond 2^53) gives the very double .NET's parser gives, or steps aside.</summary>
public sealed class ExactDecimalTests
{
    private static void Agrees(string text)
    {
        ExactDecimal.TryParse(Encoding.UTF8.GetBytes(text), out double fast).ShouldBeTrue(text);
        BitConverter.DoubleToInt64Bits(fast).ShouldBe(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), text);
    }

    [Theory]
    [InlineData("0.10000000000000001")]
    [InlineData("-0.6158561801532294")]
    [InlineData("0.18825811729323605")]
    [InlineData("9007199254740993")] // 2^53 + 1: a tie, to even
    [InlineData("9007199254740995")]
    [InlineData("1234567890123456789")]
    [InlineData("9999999999999999999")]
    [InlineData("0.0000000000000000001")]
    [InlineData("000000000000000000000000.25")]
    [InlineData("1.7976931348623157")]
    [InlineData("+2.2250738585072014")]
    [InlineData("0.30000000000000004")]
    [InlineData("5")]
    [InlineData("-.5")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("00000000000000000000")]
    [InlineData("+7")]
    [InlineData("0.1")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("9007199254740992")] // 2^53: the last integer of the fast path
    [InlineData("0.00000000000001")]
    [InlineData("0.1234567890123456")]
    [InlineData("00012.5000")]
    public void TryParse_Decimal_IsTheDoubleTheGeneralParserGives(string text) => Agrees(text);

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData(" 1")]
    [InlineData("1.")]
    [InlineData("1e3")]
    [InlineData("12345678901234567890")]
    [InlineData("0.12345678901234567890")]
    [InlineData("0.00000000000000000001")]
    [InlineData("1.2.3")]
    [InlineData("Inf")]
    public void TryParse_OtherForms_AreLeftToTheGeneralParser(string text) =>
        ExactDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _).ShouldBeFalse(text);

    [Fact]
    public void TryParse_MillionRandomDecimalsOfUpTo19Digits_AgreeBitForBit()
    {
        var random = new Random(20261204);
        var text = new StringBuilder();
        for (int n = 0; n < 1_000_000; n++)
        {
            text.Clear();
            int digits = random.Next(1, 20);
            if (random.Next(3) == 0) text.Append('-');
            int point = random.Next(-1, digits);
            for (int d = 0; d < digits; d++)
            {
                if (d == point) text.Append('.');
                text.Append((char)('0' + random.Next(1, 10) * (d == digits - 1 ? 1 : random.Next(2) == 0 ? 0 : 1)));
            }

            Agrees(text.ToString());
        }
    }

    [Fact]
    public void TryParse_ShortestTextOfMillionRandomDoubles_ReadsBackTheSameDoubleOrStepsAside()
    {
        // The CSV files this reads most: shortest round-trip text (up to 17 digits) of effect sizes and variances.
        var random = new Random(3);
        int taken = 0, plain = 0;
        for (int n = 0; n < 1_000_000; n++)
        {
            double v = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-4, 6));
            var text = v.ToString("R", CultureInfo.InvariantCulture);
            if (text.Contains('E', StringComparison.Ordinal) || v == 0) continue;
            plain++;
            if (!ExactDecimal.TryParse(Encoding.UTF8.GetBytes(text), out double back)) continue;
            taken++;
            BitConverter.DoubleToInt64Bits(back).ShouldBe(BitConverter.DoubleToInt64Bits(v), text);
        }

        // Only more than 19 places after the point (below 10^-2 with 17 digits) are left to .NET.
        ((double)taken / plain).ShouldBeGreaterThan(0.7);
    }
}
