using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Reads prefetch queries from an EHR's <c>fhirServer</c> with its <c>fhirAuthorization</c> bearer token (a typed
/// <see cref="HttpClient"/>; every read of a call shares one deadline). Search results are followed page by page
/// (<c>Bundle.link</c> next, on the same server only, so the token goes nowhere else) and joined into one searchset.
/// A failure (status, unreachable, deadline passed, not JSON, an OperationOutcome) is logged with the URL's path and
/// the status, never with the token or the query string, and returns null.
/// </summary>
internal sealed partial class FhirServerClient(HttpClient http, IOptions<CdsServiceOptions> options, ILogger<FhirServerClient> logger)
{
    private static readonly MediaTypeWithQualityHeaderValue FhirJson = new("application/fhir+json");

    /// <summary>The resource or joined searchset at <paramref name="query"/>, or null when it could not be read.</summary>
    public async Task<JsonElement?> ReadAsync(Uri server, string? token, string query, CancellationToken cancellationToken)
    {
        var url = new Uri(server.AbsoluteUri.TrimEnd('/') + "/" + query.TrimStart('/'));
        var first = await GetAsync(server, url, token, cancellationToken).ConfigureAwait(false);
        return first is { } page ? await RestAsync(server, token, page, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>A searchset with every page after <paramref name="page"/> joined to it (the page itself when it has no next link).</summary>
    public async Task<JsonElement?> RestAsync(Uri server, string? token, JsonElement page, CancellationToken cancellationToken)
    {
        var pages = new List<JsonElement> { page };
        while (NextLink(pages[^1]) is { } next)
        {
            if (pages.Count >= options.Value.MaxPages || !SameServer(server, next))
            {
                LogPagesLeft(logger, next.GetLeftPart(UriPartial.Path), pages.Count);
                return null;
            }

            if (await GetAsync(server, next, token, cancellationToken).ConfigureAwait(false) is not { } more)
            {
                return null;
            }

            pages.Add(more);
        }

        return pages.Count == 1 ? page : FhirBundles.Join(pages);
    }

    private async Task<JsonElement?> GetAsync(Uri server, Uri url, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(FhirJson);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, url.GetLeftPart(UriPartial.Path), (int)response.StatusCode);
                return null;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || FhirBundles.IsOperationOutcome(root))
            {
                LogFailed(logger, url.GetLeftPart(UriPartial.Path), (int)response.StatusCode);
                return null;
            }

            return root.Clone();
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or OperationCanceledException)
        {
            LogUnreachable(logger, server.GetLeftPart(UriPartial.Authority), ex.GetType().Name);
            return null;
        }
    }

    private static Uri? NextLink(JsonElement bundle)
    {
        if (!bundle.TryGetProperty("link", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (link.TryGetProperty("relation", out var relation) && relation.ValueEquals("next")
                && link.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var next))
            {
                return next;
            }
        }

        return null;
    }

    private static bool SameServer(Uri server, Uri url) =>
        Uri.Compare(server, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "FHIR server read {Url} failed with status {Status}")]
    private static partial void LogFailed(ILogger logger, string url, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "FHIR server {Server} not read: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string server, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "FHIR search {Url} not followed after {Pages} pages (page limit, or a next link to another server)")]
    private static partial void LogPagesLeft(ILogger logger, string url, int pages);
}
