using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// Literal checks of the primitives every chart is full of, without the allocations of the Firely SDK's regex-based
/// <c>IsValidValue</c> (a date took about 1 KB and microseconds). Each is the FHIR R4 regex of the type and at least as
/// strict as Firely's check — stricter where simple (a leap second, 30 February, a final newline): whatever these refuse
/// goes to the Firely reader, which decides, so strictness costs time only.
/// </summary>
internal static class FhirLiterals
{
    private const int MaxCached = 4096;
    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.");

    /// <summary>FHIR <c>id</c>: <c>[A-Za-z0-9\-\.]{1,64}</c>.</summary>
    public static bool IsId(string value) =>
        value.Length is >= 1 and <= 64 && value.AsSpan().IndexOfAnyExcept(IdCharacters) < 0;

    /// <summary>FHIR <c>code</c>: <c>[^\s]+(\s[^\s]+)*</c> — no leading, trailing or double whitespace.</summary>
    public static bool IsCode(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (char.IsWhiteSpace(value[i - 1]) || value[i] != ' '))
            {
                return false; // two whitespace characters, or one that is not a space: leave it to Firely
            }
        }

        return true;
    }

    /// <summary>FHIR <c>date</c>: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, a real calendar date, year 0001 or later.</summary>
    public static bool IsDate(string value) => DatePart(value) == value.Length;

    /// <summary>FHIR <c>dateTime</c>: a <c>date</c>, or a full date with a time and a time zone.</summary>
    public static bool IsDateTime(string value)
    {
        var date = DatePart(value);
        return date == value.Length || (date == 10 && IsTimeWithZone(value.AsSpan(10)));
    }

    /// <summary>FHIR <c>instant</c>: a full date with a time and a time zone.</summary>
    public static bool IsInstant(string value) => DatePart(value) == 10 && IsTimeWithZone(value.AsSpan(10));

    /// <summary>
    /// A check of Firely's, remembered for the values seen (code systems, profile and extension URLs repeat in every
    /// chart; the cache stops growing at a few thousand values).
    /// </summary>
    public static Func<string, bool> Remembered(Func<string, bool> check)
    {
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        return value =>
        {
            if (seen.TryGetValue(value, out var valid))
            {
                return valid;
            }

            valid = check(value);
            if (seen.Count < MaxCached)
            {
                seen.TryAdd(value, valid);
            }

            return valid;
        };
    }

    /// <summary>The length of the valid date at the start (4, 7 or 10), or -1.</summary>
    private static int DatePart(string value)
    {
        var span = value.AsSpan();
        if (span.Length < 4 || !Digits(span[..4]) || span[..4].SequenceEqual("0000"))
        {
            return -1;
        }

        if (span.Length == 4)
        {
            return 4;
        }

        if (span.Length < 7 || span[4] != '-' || !Digits(span.Slice(5, 2)) || int.Parse(span.Slice(5, 2), CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return -1;
        }

        if (span.Length == 7)
        {
            return 7;
        }

        return span.Length >= 10 && span[7] == '-' && Digits(span.Slice(8, 2))
            && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? 10 : -1;
    }

    /// <summary><c>Thh:mm:ss(.s+)?(Z|(+|-)hh:mm)</c>, hours 00–23, no leap second, zone up to ±14:00.</summary>
    private static bool IsTimeWithZone(ReadOnlySpan<char> text)
    {
        if (text.Length < 10 || text[0] != 'T' || text[3] != ':' || text[6] != ':' || !Digits(text.Slice(1, 2)) || !Digits(text.Slice(4, 2)) || !Digits(text.Slice(7, 2))
            || Number(text.Slice(1, 2)) > 23 || Number(text.Slice(4, 2)) > 59 || Number(text.Slice(7, 2)) > 59)
        {
            return false;
        }

        var rest = text[9..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = rest[1..].IndexOfAnyExceptInRange('0', '9');
            if (digits == 0 || digits < 0)
            {
                return false;
            }

            rest = rest[(1 + digits)..];
        }

        if (rest is "Z")
        {
            return true;
        }

        if (rest.Length != 6 || rest[0] is not ('+' or '-') || rest[3] != ':' || !Digits(rest.Slice(1, 2)) || !Digits(rest.Slice(4, 2)))
        {
            return false;
        }

        var (hours, minutes) = (Number(rest.Slice(1, 2)), Number(rest.Slice(4, 2)));
        return (hours <= 13 && minutes <= 59) || (hours == 14 && minutes == 0);
    }

    private static bool Digits(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('0', '9') < 0;

    private static int Number(ReadOnlySpan<char> text) => ((text[0] - '0') * 10) + (text[1] - '0');
}
