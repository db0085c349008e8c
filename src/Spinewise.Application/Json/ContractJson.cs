using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spinewise.Application.Json;

/// <summary>
/// The one set of JSON options of every contract the CLI writes and the API returns: camelCase names, kebab-case
/// enum values, nulls kept so the shape is stable, indented.
/// </summary>
public static class ContractJson
{
    /// <summary>The options every host serializes contracts with.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
