using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Spinewise.Evidence.Data;

/// <summary>
/// Exact parsing of <c>[+-]digits[.digits]</c> with at most 19 significant digits and 19 after the point, in one scan:
/// the digits are an integer m and the point a power 10^f, both below 2^64. When m ≤ 2^53, m and 10^f (f ≤ 19 &lt; 23)
/// are exact doubles and m / 10^f is the correctly rounded value (Clinger 1990's fast path). Longer digits (shortest
/// round-trip text has up to 17) are divided exactly in 128 bits: m·2^s / 10^f, the quotient rounded to 53 bits half to
/// even with the remainder as the sticky bit, and scaled by a power of two. Either way the result is the double .NET's
/// parser gives (tests compare them); anything else (exponents, more digits, a bare point, Inf) is left to it.
/// </summary>
internal static class ExactDecimal
{
    private static readonly ulong[] PowersOfTen = [.. Enumerable.Range(0, 20).Select(e => (ulong)BigInteger.Pow(10, e))];

    private static ReadOnlySpan<double> ExactPowersOfTen =>
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19];

    /// <summary>The double, or false for any other form, left to .NET's parser.</summary>
    /// <param name="cell">The trimmed cell.</param>
    /// <param name="value">The number.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> cell, out double value)
    {
        unchecked
        {
            value = 0;
            int i = 0;
            bool negative = false;
            if (cell.Length > 0 && (cell[0] == (byte)'-' || cell[0] == (byte)'+'))
            {
                negative = cell[0] == (byte)'-';
                i = 1;
            }

            ulong m = 0;
            int seen = 0, digits = 0, fraction = -1;
            for (; i < cell.Length; i++)
            {
                uint d = (uint)(cell[i] - (byte)'0');
                if (d <= 9)
                {
                    seen++;
                    if (m != 0 || d != 0)
                    {
                        digits++; // leading zeros are no digits of m
                    }

                    if (digits > 19 || fraction >= 19)
                    {
                        return false;
                    }

                    m = (m * 10) + d;
                    if (fraction >= 0) fraction++;
                }
                else if (cell[i] == (byte)'.' && fraction < 0)
                {
                    fraction = 0;
                }
                else
                {
                    return false;
                }
            }

            if (fraction == 0 || seen == 0)
            {
                return false;
            }

            if (m <= 1UL << 53)
            {
                value = fraction > 0 ? m / ExactPowersOfTen[fraction] : m;
                if (negative) value = -value;
                return true;
            }

            ulong divisor = PowersOfTen[Math.Max(fraction, 0)];
            int lz = BitOperations.LeadingZeroCount(m);
            ulong normal = m << lz; // in [2^63, 2^64)

            // n = normal·2^s with 2^s ≤ divisor: the quotient is below 2^64 and above 2^62, the remainder below divisor
            int s = 63 - BitOperations.LeadingZeroCount(divisor);
            ulong q, r;
            if (s == 0)
            {
                (q, r) = (normal, 0);
            }
            else
            {
                ulong upper = normal >> (64 - s), lower = normal << s;
                (q, r) = Divide(lower, upper, divisor);
            }

            int k = 64 - BitOperations.LeadingZeroCount(q) - 53; // dropped bits: 10 or 11
            ulong mantissa = q >> k, rest = q & ((1UL << k) - 1), half = 1UL << (k - 1);
            if (rest > half || (rest == half && (r != 0 || (mantissa & 1) == 1)))
            {
                mantissa++;
                if (mantissa == 1UL << 53)
                {
                    mantissa >>= 1;
                    k++;
                }
            }

            value = Math.ScaleB(mantissa, k - lz - s);
            if (negative) value = -value;
            return true;
        }
    }

    /// <summary>(upper·2^64 + lower) / divisor and its remainder, for upper below divisor.</summary>
    private static (ulong Quotient, ulong Remainder) Divide(ulong lower, ulong upper, ulong divisor)
    {
#pragma warning disable SYSLIB5004 // X86Base.X64.DivRem is experimental; upper < divisor keeps the quotient in 64 bits, and UInt128 is the fallback
        if (X86Base.X64.IsSupported)
        {
            return X86Base.X64.DivRem(lower, upper, divisor);
        }
#pragma warning restore SYSLIB5004

        var n = new UInt128(upper, lower);
        var q = n / divisor;
        return ((ulong)q, (ulong)(n - (q * divisor)));
    }
}
