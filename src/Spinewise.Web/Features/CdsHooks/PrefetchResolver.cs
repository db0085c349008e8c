using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// The chart a call is answered on, one value per prefetch key of its service (CDS Hooks 2.0 §Prefetch): the value
/// the EHR sent when it sent the key — <c>null</c> there means "no data" and stays null —, otherwise the same query
/// read from <c>fhirServer</c> with the bearer token. A key that is absent, or holds an OperationOutcome, and cannot
/// be read is missing: the call is then answered with 412.
/// </summary>
internal sealed class PrefetchResolver(FhirServerClient client, IOptions<CdsServiceOptions> options)
{
    public async Task<(JsonElement? Prefetch, IReadOnlyList<string> Missing)> ResolveAsync(
        CdsService service, CdsHookRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        var reads = new List<(string Key, Task<JsonElement?> Read)>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.FhirServerTimeout);
        foreach (var (key, template) in service.Prefetch)
        {
            JsonElement given = default;
            var sent = request.Prefetch is { } prefetch && prefetch.TryGetProperty(key, out given) && !FhirBundles.IsOperationOutcome(given);
            if (sent && given.ValueKind == JsonValueKind.Null)
            {
                values[key] = null;
            }
            else if (sent && request.FhirServer is { } pagedServer && FhirBundles.IsBundle(given) && HasNext(given))
            {
                reads.Add((key, client.RestAsync(pagedServer, request.AccessToken, given, deadline.Token)));
            }
            else if (sent)
            {
                values[key] = given;
            }
            else if (request.FhirServer is { } server && Resolve(template, request) is { } query)
            {
                reads.Add((key, client.ReadAsync(server, request.AccessToken, query, deadline.Token)));
            }
        }

        await Task.WhenAll(reads.Select(r => r.Read)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (key, read) in reads)
        {
            if (read.Result is { } value)
            {
                values[key] = value;
            }
        }

        var missing = service.Prefetch.Keys.Where(k => !values.ContainsKey(k)).ToList();
        return missing.Count > 0 ? (null, missing) : (Write(service, values), missing);
    }

    /// <summary>The template with its tokens replaced, or null when a token has no value in the context.</summary>
    internal static string? Resolve(string template, CdsHookRequest request)
    {
        var text = template;
        var start = text.IndexOf("{{", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf("}}", start, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            var token = text[(start + 2)..end].Trim();
            var value = token.StartsWith("context.", StringComparison.Ordinal) ? request.ContextValue(token["context.".Length..]) : null;
            if (value is null)
            {
                return null;
            }

            var escaped = Uri.EscapeDataString(value);
            text = string.Concat(text.AsSpan(0, start), escaped, text.AsSpan(end + 2));
            start = text.IndexOf("{{", start + escaped.Length, StringComparison.Ordinal);
        }

        return text;
    }

    private static bool HasNext(JsonElement bundle) =>
        bundle.TryGetProperty("link", out var links) && links.ValueKind == JsonValueKind.Array
        && links.EnumerateArray().Any(l => l.TryGetProperty("relation", out var r) && r.ValueEquals("next"));

    private static JsonElement Write(CdsService service, Dictionary<string, JsonElement?> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var key in service.Prefetch.Keys)
            {
                writer.WritePropertyName(key);
                if (values[key] is { } value)
                {
                    value.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
