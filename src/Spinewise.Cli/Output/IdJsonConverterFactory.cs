using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spinewise.Cli.Output;

/// <summary>Writes the domain's id structs (a single <c>Value</c> string, e.g. <c>GuidelineId</c>) as plain JSON strings.</summary>
internal sealed class IdJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsValueType && typeToConvert.Namespace?.StartsWith("Spinewise.Domain", StringComparison.Ordinal) == true
        && typeToConvert.Name.EndsWith("Id", StringComparison.Ordinal) && typeToConvert.GetProperty("Value")?.PropertyType == typeof(string);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(IdConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class IdConverter<T> : JsonConverter<T>
    {
        private static readonly System.Reflection.PropertyInfo ValueProperty = typeof(T).GetProperty("Value")!;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (T)Activator.CreateInstance(typeof(T), reader.GetString())!;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue((string?)ValueProperty.GetValue(value));
    }
}
