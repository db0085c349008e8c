using System.Text.Json;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>Parses UTF-8 JSON into <see cref="JsonNode"/>s with byte offsets, and maps offsets to lines and columns.</summary>
internal sealed class JsonNodeParser
{
    private const int MaxDepth = 64;
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
    public static (JsonNode? Root, JsonNodeParser Positions, string? Error, int Line, int Column) Parse(ReadOnlySpan<byte> utf8)
    {
        var positions = new JsonNodeParser(utf8);
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return (null, positions, "the input is empty; a case is a JSON object with at least an \"id\"", 1, 1);
            }

            var root = ReadValue(ref reader);
            if (reader.Read())
            {
                var (line, column) = positions.Position((int)reader.TokenStartIndex);
                return (null, positions, "unexpected content after the end of the case object", line, column);
            }

            return (root, positions, null, 0, 0);
        }
        catch (JsonException ex)
        {
            return (null, positions, ex.Message.Split(" LineNumber:", 2)[0], (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
        }
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode { Kind = JsonNodeKind.Object, Offset = offset, Properties = [] };
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var nameOffset = (int)reader.TokenStartIndex;
                    reader.Read();
                    obj.Properties.Add((name, nameOffset, ReadValue(ref reader)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode { Kind = JsonNodeKind.Array, Offset = offset, Items = [] };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader));
                }

                return array;
            case JsonTokenType.String:
                return new JsonNode { Kind = JsonNodeKind.String, Offset = offset, Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonNode { Kind = JsonNodeKind.Number, Offset = offset, Number = reader.TryGetDouble(out var number) ? number : double.NaN };
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonNode { Kind = JsonNodeKind.Boolean, Offset = offset, Boolean = reader.GetBoolean() };
            default:
                return new JsonNode { Kind = JsonNodeKind.Null, Offset = offset };
        }
    }
}
