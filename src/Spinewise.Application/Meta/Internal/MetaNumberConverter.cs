using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Internal;

/// <summary>NaN ↔ null, ±Inf ↔ "Inf"/"-Inf", otherwise a JSON number.</summary>
internal sealed class MetaNumberConverter : JsonConverter<MetaNumber>
{
    public override bool HandleNull => true;

    public override MetaNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => new(double.NaN),
        JsonTokenType.String when reader.ValueTextEquals("Inf") => new(double.PositiveInfinity),
        JsonTokenType.String when reader.ValueTextEquals("-Inf") => new(double.NegativeInfinity),
        JsonTokenType.Number => new(reader.GetDouble()),
        _ => throw new JsonException("a number, null, \"Inf\" or \"-Inf\" was expected"),
    };

    public override void Write(Utf8JsonWriter writer, MetaNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var v = value.Value;
        if (double.IsNaN(v)) writer.WriteNullValue();
        else if (double.IsPositiveInfinity(v)) writer.WriteStringValue("Inf");
        else if (double.IsNegativeInfinity(v)) writer.WriteStringValue("-Inf");
        else writer.WriteNumberValue(v);
    }
}
