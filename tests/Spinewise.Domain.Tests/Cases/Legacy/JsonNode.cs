using Spinewise.Domain.Cases;
using Spinewise.Domain.Cases.Internal;
namespace Spinewise.Domain.Tests.Cases.Legacy;

/// <summary>A parsed JSON value that remembers where it starts, so every diagnostic can name its line and column.</summary>
internal sealed class JsonNode
{
    public required JsonNodeKind Kind { get; init; }

    public required int Offset { get; init; }

    public string? Text { get; init; }

    public double Number { get; init; }

    public bool Boolean { get; init; }

    /// <summary>The elements of an array (empty for other kinds).</summary>
    public List<JsonNode> Items { get; init; } = NoItems;

    /// <summary>The members of an object in file order (empty for other kinds).</summary>
    public List<(string Name, int Offset, JsonNode Value)> Properties { get; init; } = NoProperties;

    private static List<JsonNode> NoItems { get; } = [];

    private static List<(string Name, int Offset, JsonNode Value)> NoProperties { get; } = [];

    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => $"the text \"{Text}\"",
        JsonNodeKind.Number => $"the number {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        JsonNodeKind.Boolean => Boolean ? "true" : "false",
        _ => "null",
    };
}
