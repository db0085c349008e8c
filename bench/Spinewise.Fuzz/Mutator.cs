using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Spinewise.Fuzz;

/// <summary>FsCheck generators of malformed inputs: a seed file from the examples and one to four mutations applied to it.</summary>
internal static partial class Mutator
{
    /// <summary>Tokens that have broken readers before or that sit at the edges of formats.</summary>
    private static readonly byte[][] Nasty =
    [
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0], [0x1B, (byte)'[', (byte)'2', (byte)'J'],
        .. new[]
        {
            "\\ud800", "\\udfff", "\\u0000", "\\u001b[2J", "[", "{", "]", "}", "\"", ",", ":", ";", "\n", "\r\n", "\t", "'", "#",
            "NaN", "Infinity", "-Inf", "1e308", "-1e999", "1e-400", "0", "-0", "99999999999999999999", "0x10", "", "null", "true",
            "&a", "*a", "!!binary", "- ", "? ", "%YAML 1.2\n", "---\n", "...\n", "|\n", ">-\n", "<<: *a\n", "[[[[[[[[[[", "{{{{{{{{",
            "\"\\", "NA", "  ", "é", "😀", "\u202e", "𝟘",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1e308", "-1e308", "1.5", "\"\"", "\"x\"", "[]", "{}", "[1,[2,[3]]]", "{\"a\":{\"b\":1}}",
        "\"\\ud800\"", "\"\\u001b[2J\"", "\"2026-02-30\"", "\"9999-12-31\"", "NaN", "\"NA\"", "Inf", "-0", "\"a,b\"", "\"\\\"\"",
    ];

    private static readonly string[] Keys = ["id", "Id", "idd", "painType", "paintype", "conditions", "x", "", "\u001b", "kind", "source", "yi", "vi", "ai", "tpos"];

    /// <summary>Inputs derived from <paramref name="corpus"/>: which seed file, and its bytes after one to four mutations.</summary>
    public static Gen<(int Seed, byte[] Bytes)> Inputs(IReadOnlyList<byte[]> corpus) =>
        from seed in Gen.Choose(0, corpus.Count - 1)
        from mutations in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(OneMutation, n))
        select (seed, mutations.Aggregate(corpus[seed], Apply));

    private static Gen<Mutation> OneMutation =>
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from a in Gen.Choose(0, int.MaxValue / 2)
        from b in Gen.Choose(0, int.MaxValue / 2)
        from c in Gen.Choose(0, int.MaxValue / 2)
        select new Mutation(kind, a, b, c);

    public static byte[] Apply(byte[] input, Mutation m)
    {
        var at = input.Length == 0 ? 0 : m.A % (input.Length + 1);
        var length = input.Length == 0 ? 0 : 1 + (m.B % Math.Max(1, Math.Min(64, input.Length - Math.Min(at, input.Length - 1))));
        switch (m.Kind)
        {
            case MutationKind.FlipBytes:
                var flipped = (byte[])input.Clone();
                for (var i = 0; i < Math.Min(length, 8) && flipped.Length > 0; i++)
                {
                    flipped[(at + (i * 7)) % flipped.Length] = (byte)(m.C >> (i % 4 * 8));
                }

                return flipped;
            case MutationKind.InsertNasty:
                return [.. input.AsSpan(0, at), .. Nasty[m.C % Nasty.Length], .. input.AsSpan(at)];
            case MutationKind.DeleteRange:
                return at >= input.Length ? input : [.. input.AsSpan(0, at), .. input.AsSpan(Math.Min(input.Length, at + length))];
            case MutationKind.Truncate:
                return input[..at];
            case MutationKind.DuplicateRange:
                var end = Math.Min(input.Length, at + length);
                var repeat = 1 + (m.C % 200);
                return [.. input.AsSpan(0, end), .. Enumerable.Repeat(input[at..end], repeat).SelectMany(x => x), .. input.AsSpan(end)];
            case MutationKind.Reencode:
                Encoding[] encodings = [new UnicodeEncoding(false, true), new UnicodeEncoding(false, false), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), Encoding.Latin1];
                var encoding = encodings[m.C % encodings.Length];
                return [.. encoding.GetPreamble(), .. encoding.GetBytes(Encoding.UTF8.GetString(input))];
            case MutationKind.RandomBytes:
                var random = new Random(m.C);
                var bytes = new byte[m.B % 256];
                random.NextBytes(bytes);
                return bytes;
            case MutationKind.ReplaceValue:
                return ReplaceToken(input, ValueToken(), m, Values);
            case MutationKind.EditLine:
                return EditLine(input, m);
            default:
                return ReplaceToken(input, KeyToken(), m, Keys);
        }
    }

    /// <summary>Replaces the n-th match of <paramref name="token"/> (a value or a key of JSON, CSV or YAML) by one of <paramref name="replacements"/>.</summary>
    private static byte[] ReplaceToken(byte[] input, Regex token, Mutation m, string[] replacements)
    {
        var text = Encoding.UTF8.GetString(input);
        var matches = token.Matches(text);
        if (matches.Count == 0)
        {
            return input;
        }

        var match = matches[m.A % matches.Count];
        var group = match.Groups["k"];
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, group.Index), replacements[m.C % replacements.Length], text.AsSpan(group.Index + group.Length)));
    }

    private static byte[] EditLine(byte[] input, Mutation m)
    {
        var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
        var i = m.A % lines.Count;
        var j = m.B % lines.Count;
        switch (m.C % 4)
        {
            case 0:
                lines.RemoveAt(i);
                break;
            case 1:
                lines.Insert(i, lines[j]);
                break;
            case 2:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            default:
                lines[i] = "  " + lines[i];
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>A JSON value after a colon, a CSV cell, or a YAML scalar after "key: ".</summary>
    [GeneratedRegex("""(?:[:,\[]\s*|^)(?<k>"(?:[^"\\\n]|\\.)*"|[-0-9.eE+]+|true|false|null|[A-Za-z][^,\n\]}]*)""", RegexOptions.Multiline)]
    private static partial Regex ValueToken();

    /// <summary>A JSON key, a YAML key, or a CSV header name.</summary>
    [GeneratedRegex("""(?:"(?<k>[^"\n]*)"\s*:|^\s*-?\s*(?<k>[A-Za-z]+):|^(?<k>[A-Za-z"]+),)""", RegexOptions.Multiline)]
    private static partial Regex KeyToken();
}
