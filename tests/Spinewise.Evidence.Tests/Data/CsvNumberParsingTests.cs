using System.Globalization;
using System.Text;
using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

/// <summary>The exact fast path for short decimals gives the very double the general parser gives, or steps aside.</summary>
public sealed class CsvNumberParsingTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("+7")]
    [InlineData("59")]
    [InlineData("0.1")]
    [InlineData("-0.3")]
    [InlineData(".5")]
    [InlineData("-.25")]
    [InlineData("123456789012345")]
    [InlineData("0.00000000000001")]
    [InlineData("9.99999999999999")]
    [InlineData("00012.5000")]
    public void ShortDecimal_IsTheDoubleTheGeneralParserGives(string text)
    {
        CsvTable.TryParseShortDecimal(Encoding.UTF8.GetBytes(text), out double fast).ShouldBeTrue();
        BitConverter.DoubleToInt64Bits(fast).ShouldBe(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData("1e3")]
    [InlineData("1.2.3")]
    [InlineData("Inf")]
    [InlineData(" 1")]
    [InlineData("1234567890123456")]
    [InlineData("0.1234567890123456")]
    [InlineData("12345678901234567890123")]
    public void OtherForms_AreLeftToTheGeneralParser(string text) =>
        CsvTable.TryParseShortDecimal(Encoding.UTF8.GetBytes(text), out _).ShouldBeFalse(text);

    [Fact]
    public void RandomShortDecimals_AgreeBitForBitWithTheGeneralParser()
    {
        var random = new Random(20261203);
        for (int n = 0; n < 200_000; n++)
        {
            int digits = random.Next(1, 16);
            var text = new StringBuilder();
            if (random.Next(3) == 0) text.Append('-');
            int point = random.Next(-1, digits);
            for (int d = 0; d < digits; d++)
            {
                if (d == point) text.Append('.');
                text.Append((char)('0' + random.Next(10)));
            }

            var s = text.ToString();
            CsvTable.TryParseShortDecimal(Encoding.UTF8.GetBytes(s), out double fast).ShouldBeTrue(s);
            BitConverter.DoubleToInt64Bits(fast).ShouldBe(BitConverter.DoubleToInt64Bits(double.Parse(s, CultureInfo.InvariantCulture)), s);
        }
    }

    [Fact]
    public void Table_ParsesLongAndShortNumbersAlike()
    {
        var t = CsvReader.Read(new StringReader("x\n0.1\n0.10000000000000001\n-2\n1e-3\n"), "t.csv");
        t.Numeric("x").ShouldBe([0.1, 0.1, -2.0, 0.001]);
    }
}
