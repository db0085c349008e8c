using System.Globalization;
using System.Text;
using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

/// <summary>The Ryū formatter is checked against .NET's own shortest round-trip text, which it replaces in the CSV writer.</summary>
public sealed class ShortestDoubleTests
{
    private static string Dotnet(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Ryu(double value)
    {
        Span<byte> buffer = stackalloc byte[ShortestDouble.MaxLength];
        return Encoding.UTF8.GetString(buffer[..ShortestDouble.Format(value, buffer)]);
    }

    /// <summary>Every mismatch's input, its bits and both texts (empty when all agree).</summary>
    private static List<string> Mismatches(IEnumerable<double> values)
    {
        var list = values.Where(v => Ryu(v) != Dotnet(v)).Select(v => $"{BitConverter.DoubleToInt64Bits(v):X16}: ryu {Ryu(v)} .NET {Dotnet(v)}").ToList();
        return list.Count <= 20 ? list : [$"{list.Count} mismatches", .. list.Take(20)];
    }

    [Fact]
    public void Format_MillionRandomBitPatterns_IsDotnetsRoundTripText()
    {
        var random = new Random(20261204);
        var values = Enumerable.Range(0, Count).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)));

        Mismatches(values).ShouldBeEmpty();
    }

    [Fact]
    public void Format_MillionLogUniformValuesFromTinyToHuge_IsDotnetsRoundTripText()
    {
        // Random bits are mostly far from 1; effect sizes and variances sit between 1e-8 and 1e20, where the fixed and
        // scientific layouts meet.
        var random = new Random(7);
        var values = Enumerable.Range(0, Count).Select(_ => (random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, (random.NextDouble() * 28) - 8));

        Mismatches(values).ShouldBeEmpty();
    }

    [Fact]
    public void Format_MillionShortBinaryMantissas_IsDotnetsRoundTripText()
    {
        // Few significant bits and small exponents: the exact values whose trailing zeros and ties Ryū decides apart.
        var random = new Random(11);
        var values = Enumerable.Range(0, Count).Select(_ => Math.ScaleB(random.Next(1, 1 << random.Next(1, 31)), random.Next(-80, 80)));

        Mismatches(values).ShouldBeEmpty();
    }

    private const int Count = 1_000_000;

    public static IEnumerable<double> EdgeValues()
    {
        double[] named =
        [
            0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 2.2250738585072014E-308,
            BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFF), 1e-300, 1e300, -1e-300, 1e15, 1e16, 1e17, 999999999999999.0,
            9999999999999998.0, 1e-5, 1e-4, 0.001, 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 123456789012345680.0, 5e-324, 1.7976931348623157E+308,
            4.9406564584124654E-324, 2.2250738585072009E-308, 0.3, 1e23, 9007199254740993.0, Math.PI, Math.E, -1.5, 100, 1e21, 1e22,
        ];
        foreach (var v in named) yield return v;
        for (int e = -1074; e <= 1023; e++)
        {
            var p = Math.ScaleB(1.0, e);
            yield return p;
            yield return Math.BitIncrement(p);
            yield return Math.BitDecrement(p);
        }

        for (int e = -323; e <= 308; e++)
        {
            var p = double.Parse($"1e{e}", CultureInfo.InvariantCulture);
            yield return p;
            yield return Math.BitIncrement(p);
            yield return Math.BitDecrement(p);
            yield return -p;
        }

        for (int i = 0; i <= 100_000; i++)
        {
            yield return i;
            yield return i / 1000.0;
            yield return -i * 0.1;
        }

        for (long k = -1000; k <= 1000; k++)
        {
            yield return 9007199254740992.0 + k;
            yield return 1e15 + k;
            yield return 1e16 + (k * 2);
        }

        for (int i = 1; i < 100_000; i++)
        {
            yield return BitConverter.Int64BitsToDouble(i); // subnormals with few bits
            yield return BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFF - i);
        }
    }

    [Fact]
    public void Format_EdgeClasses_IsDotnetsRoundTripText()
    {
        // ±0, subnormals, the extremes, powers of two and ten and their neighbours, integers, 2^53 ± k, 17-digit values.
        Mismatches(EdgeValues()).ShouldBeEmpty();
    }

    [Fact]
    public void Format_SeventeenDigitsNegative_FitsMaxLength()
    {
        Ryu(-2.2250738585072014E-308).ShouldBe("-2.2250738585072014E-308");
        Ryu(-2.2250738585072014E-308).Length.ShouldBe(ShortestDouble.MaxLength);
        Ryu(-0.0).ShouldBe("-0");
    }

    [Fact]
    public void Format_NotFiniteAndPowersOfTwo_AreDotnetsText()
    {
        Ryu(double.NaN).ShouldBe("NaN");
        Ryu(double.NegativeInfinity).ShouldBe(Dotnet(double.NegativeInfinity));
        Ryu(Math.ScaleB(1.0, -25)).ShouldBe("2.980232238769531E-08"); // Ryū's shortest is 2.9802322387695312E-08
    }

    [Fact]
    public void Format_ShortDestination_Throws() =>
        Should.Throw<ArgumentException>(() => ShortestDouble.Format(1.0, new byte[ShortestDouble.MaxLength - 1]));
}
