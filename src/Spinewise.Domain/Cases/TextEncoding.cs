using System.Buffers;
using System.Text.Unicode;

namespace Spinewise.Domain.Cases;

/// <summary>Checks that input files (cases, knowledge) are UTF-8 text, naming the encoding a file was saved in when it is not.</summary>
public static class TextEncoding
{
    /// <summary>
    /// What is wrong with the encoding of <paramref name="bytes"/> — UTF-16 or UTF-32 text (with or without a byte order
    /// mark), or bytes that are not UTF-8 — or <see langword="null"/> when they are UTF-8 (with or without a BOM).
    /// </summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="offset">The byte offset of the first problem (0 for a file in another encoding).</param>
    public static string? Problem(ReadOnlySpan<byte> bytes, out int offset)
    {
        offset = 0;
        if (OtherEncoding(bytes) is { } name)
        {
            return $"the file is {name}, not UTF-8; save it as UTF-8";
        }

        Span<char> scratch = stackalloc char[1024];
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Utf8.ToUtf16(rest, scratch, out var read, out _, replaceInvalidSequences: false);
            if (status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && read == 0))
            {
                offset += read;
                return "the text holds bytes that are not UTF-8; save the file as UTF-8";
            }

            offset += read;
            rest = rest[read..];
        }

        offset = 0;
        return null;
    }

    private static string? OtherEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || (bytes.Length >= 2 && bytes[0] != 0 && bytes[1] == 0))
        {
            return "UTF-16 (little-endian)";
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (bytes.Length >= 2 && bytes[0] == 0 && bytes[1] != 0)
            ? "UTF-16 (big-endian)"
            : null;
    }
}
