using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Spinewise.Fhir.Bulk;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the patients whose id hash (<see cref="BulkExport.Hash(string)"/>) modulo
/// <see cref="Count"/> is <see cref="Index"/>. Lines that name no patient belong to shard 0.
/// </summary>
/// <param name="Index">0-based, below <see cref="Count"/>.</param>
/// <param name="Count">The number of shards, at least 1.</param>
public readonly record struct BulkShard(int Index, int Count)
{
    /// <summary>The whole export.</summary>
    public static BulkShard All => new(0, 1);

    /// <summary>True when the patient whose id hashes to <paramref name="hash"/> is in this shard.</summary>
    /// <param name="hash">The id's hash.</param>
    public bool Contains(ulong hash) => Count <= 1 || (int)(hash % (ulong)Count) == Index;

    /// <summary>True for shard 0, which also reports the lines that name no patient.</summary>
    public bool HoldsUnattributed => Index == 0;

    /// <summary>Reads <c>I/N</c> (0 ≤ I &lt; N).</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard read.</param>
    /// <param name="error">What is wrong, when it is not a shard.</param>
    public static bool TryParse(string text, out BulkShard shard, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        shard = All;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"'{text}' is not a shard I/N (two whole numbers, e.g. 0/4)";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"'{text}' is not a shard: N must be at least 1 and I between 0 and N-1";
            return false;
        }

        (shard, error) = (new BulkShard(index, count), null);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
