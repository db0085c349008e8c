namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Bit-set helpers over <see cref="ulong"/> words.</summary>
internal static class Bits
{
    public static int Words(int count) => (count + 63) >> 6;

    public static bool Has(ulong[] set, int index) => (set[index >> 6] & (1UL << (index & 63))) != 0;

    public static void Set(ulong[] set, int index) => set[index >> 6] |= 1UL << (index & 63);

    public static void Or(ulong[] target, ulong[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] |= source[i];
        }
    }
}
