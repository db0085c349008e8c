using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Json;

/// <summary>
/// The one set of JSON options of every contract the CLI writes and the API returns: camelCase names, kebab-case
/// enum values, nulls kept so the shape is stable (contracts mark the few optional members they leave out).
/// <see cref="Options"/> is indented for reading (the CLI); <see cref="Wire"/> is the same without whitespace (the
/// API's bodies and the hashes of stored answers).
/// </summary>
public static class ContractJson
{
    /// <summary>The options the CLI serializes contracts with: indented.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same options without whitespace: what the API sends.</summary>
    public static JsonSerializerOptions Wire { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
