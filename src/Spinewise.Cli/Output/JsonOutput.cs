using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spinewise.Cli.Output;

/// <summary>The CLI's JSON: camelCase names, kebab-case enum values, nulls kept so the shape is stable, indented.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new IdJsonConverterFactory() },
    };

    public static void Write<T>(CliIo io, T value)
    {
        io.OutWriter.WriteLine(JsonSerializer.Serialize(value, Options));
        io.OutWriter.Flush();
    }
}
