using System.Collections;

namespace Spinewise.Evidence.Models;

/// <summary>The row indices 0..k-1 without storing them: the rows used when no study was dropped.</summary>
internal sealed class IdentityRows(int count) : IReadOnlyList<int>
{
    public int Count { get; } = count;

    public int this[int index] => (uint)index < (uint)Count ? index : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return i;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
