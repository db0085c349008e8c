using System.Text.Json;

using Spinewise.Domain.Cases;
using Spinewise.Domain.Cases.Internal;
namespace Spinewise.Domain.Tests.Cases.Legacy;

/// <summary>Parses UTF-8 JSON into <see cref="JsonNode"/>s with byte offsets, and maps offsets to lines and columns.</summary>
internal sealed class JsonNodeParser
{
    private const int MaxDepth = 64;

    /// <summary>At most this many values are kept (memory stays bounded on huge input; later values are only checked for form).</summary>
    private const int MaxValues = 100_000;

    private static readonly JsonNode Elided = new() { Kind = JsonNodeKind.Null, Offset = 0 };
    private readonly int[] _lineStarts;

    private JsonNodeParser(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Parses the input; on malformed JSON returns <see langword="null"/> with the line and column of the fault.</summary>
    public static (JsonNode? Root, JsonNodeParser Positions, string? Error, int Line, int Column, string Code) Parse(ReadOnlySpan<byte> utf8)
    {
        var positions = new JsonNodeParser(utf8);
        if (TextEncoding.Problem(utf8, out var at) is { } problem)
        {
            var (line, column) = positions.Position(at);
            return (null, positions, problem, line, column, CaseDiagnosticCodes.NotUtf8);
        }

        var bom = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        utf8 = utf8[bom..];

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return (null, positions, "the input is empty; a case is a JSON object with at least an \"id\"", 1, 1, CaseDiagnosticCodes.MalformedJson);
            }

            var budget = new Budget();
            var root = ReadValue(ref reader, budget);
            if (reader.Read())
            {
                var (line, column) = positions.Position((int)reader.TokenStartIndex);
                return (null, positions, "unexpected content after the end of the case object", line, column, CaseDiagnosticCodes.MalformedJson);
            }

            if (budget.FirstOver >= 0)
            {
                var (line, column) = positions.Position(budget.FirstOver + bom);
                return (null, positions, "the case holds more than 100,000 JSON values (a case has a few hundred); nothing of it was read", line, column, CaseDiagnosticCodes.TooLarge);
            }

            return (root, positions, null, 0, 0, string.Empty);
        }
        catch (JsonException ex)
        {
            return (null, positions, ex.Message.Split(" LineNumber:", 2)[0], (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, CaseDiagnosticCodes.MalformedJson);
        }
        catch (UndecodableTextException ex)
        {
            var (line, column) = positions.Position(ex.Offset + bom);
            return (null, positions, ex.Message, line, column, CaseDiagnosticCodes.NotUtf8);
        }
    }

    /// <summary>A string token's text; invalid UTF-8 bytes or a lone surrogate escape become an <see cref="UndecodableTextException"/> at the token.</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            var what = ex.InnerException is System.Text.DecoderFallbackException ? "bytes that are not UTF-8" : "a lone surrogate escape (\\uD800-\\uDFFF without its pair)";
            throw new UndecodableTextException((int)reader.TokenStartIndex, $"the text holds {what}; write the character itself or its full surrogate pair");
        }
    }

    /// <summary>How many more values may be kept, and where the first one that was not kept starts.</summary>
    private sealed class Budget
    {
        public int Left { get; set; } = MaxValues;

        public int FirstOver { get; set; } = -1;
    }

    private sealed class UndecodableTextException(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, Budget budget)
    {
        var offset = (int)reader.TokenStartIndex;
        if (--budget.Left < 0)
        {
            budget.FirstOver = budget.FirstOver < 0 ? offset : budget.FirstOver;
            reader.Skip();
            return Elided;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode { Kind = JsonNodeKind.Object, Offset = offset, Properties = [] };
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = ReadString(ref reader);
                    var nameOffset = (int)reader.TokenStartIndex;
                    reader.Read();
                    if (ReadValue(ref reader, budget) is var value && value != Elided)
                    {
                        obj.Properties.Add((name, nameOffset, value));
                    }
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode { Kind = JsonNodeKind.Array, Offset = offset, Items = [] };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadValue(ref reader, budget) is var item && item != Elided)
                    {
                        array.Items.Add(item);
                    }
                }

                return array;
            case JsonTokenType.String:
                return new JsonNode { Kind = JsonNodeKind.String, Offset = offset, Text = ReadString(ref reader) };
            case JsonTokenType.Number:
                return new JsonNode { Kind = JsonNodeKind.Number, Offset = offset, Number = reader.TryGetDouble(out var number) ? number : double.NaN };
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonNode { Kind = JsonNodeKind.Boolean, Offset = offset, Boolean = reader.GetBoolean() };
            default:
                return new JsonNode { Kind = JsonNodeKind.Null, Offset = offset };
        }
    }
}
