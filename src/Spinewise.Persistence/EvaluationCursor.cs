using System.Buffers.Binary;
using Spinewise.Persistence.Internal;

namespace Spinewise.Persistence;

/// <summary>
/// A position in the listing of evaluations: the time and id of the last record of a page. Written as an opaque
/// URL-safe token (<see cref="ToString"/>) and read back with <see cref="TryParse"/>.
/// </summary>
/// <param name="CreatedAt">The time of the last record of the page before.</param>
/// <param name="Id">The id of the last record of the page before.</param>
public readonly record struct EvaluationCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int Size = 8 + 16;

    /// <summary>Reads a token written by <see cref="ToString"/>.</summary>
    /// <param name="token">The token, as a caller sent it back.</param>
    /// <param name="cursor">The cursor when the token is valid.</param>
    /// <returns>Whether the token is valid (callers report a bad token as bad input).</returns>
    public static bool TryParse(string? token, out EvaluationCursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[Size];
        if (string.IsNullOrEmpty(token) || token.Length != 32
            || !System.Buffers.Text.Base64Url.IsValid(token, out var length) || length != Size
            || !System.Buffers.Text.Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != Size)
        {
            return false;
        }

        var micros = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (micros < StoreTime.MinMicroseconds || micros > StoreTime.MaxMicroseconds)
        {
            return false;
        }

        cursor = new EvaluationCursor(StoreTime.FromMicroseconds(micros), new Guid(bytes[8..], bigEndian: true));
        return true;
    }

    /// <summary>The opaque token (32 URL-safe characters).</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64BigEndian(bytes, StoreTime.ToMicroseconds(CreatedAt));
        Id.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }
}
