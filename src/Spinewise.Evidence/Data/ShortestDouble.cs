using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Spinewise.Evidence.Data;

/// <summary>
/// A double as the text .NET's <c>double.ToString("R", CultureInfo.InvariantCulture)</c> gives (the shortest digits
/// that read back as the same double, laid out as .NET's general format), written as UTF-8 about four times faster.
/// The digits come from Ulf Adams' Ryū (PLDI 2018): the shortest decimal in the double's rounding interval, the
/// closest one to the double when several are as short. Tests compare it with .NET's text on millions of doubles.
/// </summary>
internal static class ShortestDouble
{
    /// <summary>The longest text written: "-2.2250738585072014E-308".</summary>
    public const int MaxLength = 24;

    private const int MantissaBits = 52;
    private const int ExponentBias = 1023;
    private const int Pow5InvBitCount = 125;
    private const int Pow5BitCount = 125;

    // 5^-q scaled (floor(2^(bits(5^q) - 1 + 125) / 5^q) + 1) and 5^i scaled to 125 bits, as 64-bit halves.
    private static readonly ulong[] Pow5InvSplit = Table(342, inverse: true);
    private static readonly ulong[] Pow5Split = Table(326, inverse: false);

    /// <summary>
    /// Writes the bytes <c>value.TryFormat(destination, out _, "R", CultureInfo.InvariantCulture)</c> writes. Powers of
    /// two, NaN and the infinities are left to .NET: its Grisu3 takes a power of two's rounding interval as symmetric
    /// (the lower neighbour is nearer), so its digits there are not always Ryū's.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Format(double value, Span<byte> destination)
    {
        if (destination.Length < MaxLength)
        {
            throw new ArgumentException($"At least {MaxLength} bytes are needed.", nameof(destination));
        }

        unchecked
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            int at = 0;
            if ((long)bits < 0)
            {
                destination[at++] = (byte)'-';
            }

            ulong mantissa = bits & ((1UL << MantissaBits) - 1);
            int exponent = (int)((bits >> MantissaBits) & 0x7FF);
            if (exponent == 0 && mantissa == 0)
            {
                destination[at++] = (byte)'0';
                return at;
            }

            if (mantissa == 0 || exponent == 0x7FF)
            {
                return Dotnet(value, destination);
            }

            var (digits, exponent10) = Shortest(mantissa, exponent);
            return at + Layout(digits, exponent10, destination[at..]);
        }
    }

    private static int Dotnet(double value, Span<byte> destination) =>
        value.TryFormat(destination, out int written, "R", CultureInfo.InvariantCulture) ? written
            : throw new ArgumentException("The destination is too short.", nameof(destination));

    /// <summary>.NET's general layout of <c>digits × 10^exponent10</c>: fixed unless the point is far out, then d.dddE±XX.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Layout(ulong digits, int exponent10, Span<byte> destination)
    {
        unchecked
        {
            int count = DecimalLength(digits);

            // .NET: the value is 0.d1d2... × 10^scale; scientific when scale > max(digit count, 17) or scale < -3.
            int scale = count + exponent10;
            if (scale > Math.Max(count, 17) || scale < -3)
            {
                int at = 0;
                if (count == 1)
                {
                    destination[at++] = (byte)('0' + (int)digits);
                }
                else
                {
                    WriteDigits(digits, destination.Slice(1, count));
                    destination[0] = destination[1];
                    destination[1] = (byte)'.';
                    at = count + 1;
                }

                int e = scale - 1;
                destination[at++] = (byte)'E';
                destination[at++] = e < 0 ? (byte)'-' : (byte)'+';
                e = Math.Abs(e);
                if (e >= 100)
                {
                    destination[at++] = (byte)('0' + (e / 100));
                }

                destination[at++] = (byte)('0' + (e / 10 % 10));
                destination[at++] = (byte)('0' + (e % 10));
                return at;
            }

            if (scale <= 0)
            {
                int zeros = -scale;
                destination[0] = (byte)'0';
                destination[1] = (byte)'.';
                destination.Slice(2, zeros).Fill((byte)'0');
                WriteDigits(digits, destination.Slice(2 + zeros, count));
                return 2 + zeros + count;
            }

            if (scale >= count)
            {
                WriteDigits(digits, destination[..count]);
                destination[count..scale].Fill((byte)'0');
                return scale;
            }

            // d.ddd: the digits one to the right, then the integer part moved back over the point's place
            WriteDigits(digits, destination.Slice(1, count));
            destination.Slice(1, scale).CopyTo(destination);
            destination[scale] = (byte)'.';
            return count + 1;
        }
    }

    /// <summary>The decimal digits of <paramref name="value"/>, exactly filling <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteDigits(ulong value, Span<byte> destination)
    {
        unchecked
        {
            var pairs = DigitPairs;
            int i = destination.Length;
            while (value >= 100)
            {
                ulong q = value / 100;
                int r = (int)(value - (q * 100)) * 2;
                destination[--i] = pairs[r + 1];
                destination[--i] = pairs[r];
                value = q;
            }

            if (value >= 10)
            {
                int r = (int)value * 2;
                destination[--i] = pairs[r + 1];
                destination[--i] = pairs[r];
            }
            else
            {
                destination[--i] = (byte)('0' + (int)value);
            }
        }
    }

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>The number of decimal digits of a value below 10^17.</summary>
    private static int DecimalLength(ulong v) =>
        v >= 10000000000000000UL ? 17 : v >= 1000000000000000UL ? 16 : v >= 100000000000000UL ? 15 : v >= 10000000000000UL ? 14
        : v >= 1000000000000UL ? 13 : v >= 100000000000UL ? 12 : v >= 10000000000UL ? 11 : v >= 1000000000UL ? 10
        : v >= 100000000UL ? 9 : v >= 10000000UL ? 8 : v >= 1000000UL ? 7 : v >= 100000UL ? 6 : v >= 10000UL ? 5
        : v >= 1000UL ? 4 : v >= 100UL ? 3 : v >= 10UL ? 2 : 1;

    /// <summary>Ryū's d2d: the shortest, closest decimal <c>digits × 10^exponent10</c> of a positive finite double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong Digits, int Exponent10) Shortest(ulong ieeeMantissa, int ieeeExponent)
    {
        unchecked
        {
            int e2;
            ulong m2;
            if (ieeeExponent == 0)
            {
                e2 = 1 - ExponentBias - MantissaBits - 2;
                m2 = ieeeMantissa;
            }
            else
            {
                e2 = ieeeExponent - ExponentBias - MantissaBits - 2;
                m2 = (1UL << MantissaBits) | ieeeMantissa;
            }

            bool acceptBounds = (m2 & 1) == 0;
            ulong mv = 4 * m2;
            uint mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1u : 0u;
            ulong vr, vp, vm;
            int e10;
            bool vmIsTrailingZeros = false, vrIsTrailingZeros = false;
            if (e2 >= 0)
            {
                int q = Log10Pow2(e2) - (e2 > 3 ? 1 : 0);
                e10 = q;
                int k = Pow5InvBitCount + Pow5Bits(q) - 1;
                int i = -e2 + q + k;
                vr = MulShift(mv, Pow5InvSplit, q, i);
                vp = MulShift(mv + 2, Pow5InvSplit, q, i);
                vm = MulShift(mv - 1 - mmShift, Pow5InvSplit, q, i);
                if (q <= 21)
                {
                    if (mv % 5 == 0)
                    {
                        vrIsTrailingZeros = MultipleOfPowerOf5(mv, q);
                    }
                    else if (acceptBounds)
                    {
                        vmIsTrailingZeros = MultipleOfPowerOf5(mv - 1 - mmShift, q);
                    }
                    else
                    {
                        vp -= MultipleOfPowerOf5(mv + 2, q) ? 1UL : 0UL;
                    }
                }
            }
            else
            {
                int q = Log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
                e10 = q + e2;
                int i = -e2 - q;
                int k = Pow5Bits(i) - Pow5BitCount;
                int j = q - k;
                vr = MulShift(mv, Pow5Split, i, j);
                vp = MulShift(mv + 2, Pow5Split, i, j);
                vm = MulShift(mv - 1 - mmShift, Pow5Split, i, j);
                if (q <= 1)
                {
                    vrIsTrailingZeros = true;
                    if (acceptBounds)
                    {
                        vmIsTrailingZeros = mmShift == 1;
                    }
                    else
                    {
                        vp--;
                    }
                }
                else if (q < 63)
                {
                    vrIsTrailingZeros = (mv & ((1UL << q) - 1)) == 0;
                }
            }

            int removed = 0;
            ulong output;
            if (vmIsTrailingZeros || vrIsTrailingZeros)
            {
                // The rare exact cases: trailing zeros and ties decide the last digit.
                uint lastRemovedDigit = 0;
                while (vp / 10 > vm / 10)
                {
                    vmIsTrailingZeros &= vm % 10 == 0;
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (uint)(vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }

                if (vmIsTrailingZeros)
                {
                    while (vm % 10 == 0)
                    {
                        vrIsTrailingZeros &= lastRemovedDigit == 0;
                        lastRemovedDigit = (uint)(vr % 10);
                        vr /= 10;
                        vp /= 10;
                        vm /= 10;
                        removed++;
                    }
                }

                if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0)
                {
                    lastRemovedDigit = 4; // an exact tie: round to even
                }

                output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1UL : 0UL);
            }
            else
            {
                bool roundUp = false;
                if (vp / 100 > vm / 100)
                {
                    roundUp = vr % 100 >= 50;
                    vr /= 100;
                    vp /= 100;
                    vm /= 100;
                    removed += 2;
                }

                while (vp / 10 > vm / 10)
                {
                    roundUp = vr % 10 >= 5;
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }

                output = vr + (vr == vm || roundUp ? 1UL : 0UL);
            }

            return (output, e10 + removed);
        }
    }

    /// <summary>(m × table[index]) >> shift, the 125-bit factor's product taken to 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulShift(ulong m, ulong[] table, int index, int shift)
    {
        unchecked
        {
            ulong high0 = Math.BigMul(m, table[2 * index], out _);
            ulong high1 = Math.BigMul(m, table[(2 * index) + 1], out ulong low1);
            ulong sum = high0 + low1;
            if (sum < high0)
            {
                high1++;
            }

            int dist = shift - 64; // 0 < dist < 64 for every double
            return (sum >> dist) | (high1 << (64 - dist));
        }
    }

    private static bool MultipleOfPowerOf5(ulong value, int p)
    {
        int count = 0;
        for (; value != 0 && value % 5 == 0; value /= 5)
        {
            count++;
        }

        return count >= p;
    }

    /// <summary>ceil(log2(5^e)), or 1 for e = 0.</summary>
    private static int Pow5Bits(int e) => (int)(((uint)e * 1217359u) >> 19) + 1;

    /// <summary>floor(log10(2^e)).</summary>
    private static int Log10Pow2(int e) => (int)(((uint)e * 78913u) >> 18);

    /// <summary>floor(log10(5^e)).</summary>
    private static int Log10Pow5(int e) => (int)(((uint)e * 732923u) >> 20);

    private static ulong[] Table(int count, bool inverse)
    {
        var table = new ulong[2 * count];
        var mask = (BigInteger.One << 64) - 1;
        var pow = BigInteger.One;
        for (int i = 0; i < count; i++, pow *= 5)
        {
            int bits = (int)pow.GetBitLength();
            var scaled = inverse ? (BigInteger.One << (bits - 1 + Pow5InvBitCount)) / pow + 1
                : bits >= Pow5BitCount ? pow >> (bits - Pow5BitCount) : pow << (Pow5BitCount - bits);
            table[2 * i] = (ulong)(scaled & mask);
            table[(2 * i) + 1] = (ulong)(scaled >> 64);
        }

        return table;
    }
}
