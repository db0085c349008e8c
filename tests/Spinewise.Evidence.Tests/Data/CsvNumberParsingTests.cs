using System.Globalization;
using System.Text;
using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

/// <summary>The table's numbers: short decimals (leading zeros, any point) exactly as the general parser reads them, long and exponent forms alike.</summary>
public sealed class CsvNumberParsingTests
{
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
            ExactDecimal.TryParse(Encoding.UTF8.GetBytes(s), out double fast).ShouldBeTrue(s);
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
