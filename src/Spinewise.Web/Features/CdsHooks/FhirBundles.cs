using System.Buffers;
using System.Text.Json;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>Small reads and writes of FHIR JSON the service needs before the mapping: joining search pages, spotting OperationOutcomes.</summary>
internal static class FhirBundles
{
    public static bool IsOperationOutcome(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object
        && resource.TryGetProperty("resourceType", out var type) && type.ValueEquals("OperationOutcome");

    public static bool IsBundle(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object
        && resource.TryGetProperty("resourceType", out var type) && type.ValueEquals("Bundle");

    /// <summary>One searchset Bundle holding the entries of every page, in page order.</summary>
    public static JsonElement Join(IReadOnlyList<JsonElement> pages)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "searchset");
            writer.WriteStartArray("entry");
            foreach (var page in pages)
            {
                if (page.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
                {
                    foreach (var entry in entries.EnumerateArray())
                    {
                        entry.WriteTo(writer);
                    }
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
