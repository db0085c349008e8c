using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// The JWK Sets of the trusted issuers, by location: files read once (at start), URLs fetched with
/// <see cref="HttpClientName"/> (timeouts, no redirects), kept for <c>JwksCacheDuration</c> and fetched again when a
/// token names an unknown <c>kid</c> — at most once per <c>JwksMinRefreshInterval</c>, so unknown kids cannot flood the EHR.
/// A failed fetch keeps the keys fetched before.
/// </summary>
internal sealed partial class JwksCache(IHttpClientFactory httpClients, TimeProvider time, IOptions<CdsHooksSecurityOptions> options, ILogger<JwksCache> logger)
{
    public const string HttpClientName = "Spinewise.CdsHooks.Jwks";
    public const long MaxDocumentBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Reads a JWKS file into the cache; the message says what is wrong with it, or is <see langword="null"/>.</summary>
    public string? LoadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({ex.Message})";
        }

        var (keys, problem) = JwksDocument.Parse(json);
        if (keys is null)
        {
            return problem;
        }

        var entry = _entries.GetOrAdd(path, _ => new Entry());
        entry.Keys = keys;
        entry.FetchedAt = time.GetUtcNow();
        return null;
    }

    /// <summary>The key with <paramref name="kid"/> in the JWK Set at <paramref name="location"/> (a URL, or a file when <paramref name="isFile"/>).</summary>
    public async ValueTask<(JsonWebKey? Key, bool Unavailable)> FindAsync(string location, bool isFile, string kid, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(location, _ => new Entry());
        var keys = entry.Keys;
        if (isFile)
        {
            if (keys is null && LoadFile(location) is { } problem)
            {
                LogUnavailable(logger, location, problem);
                return (null, true);
            }

            return (entry.Keys!.GetValueOrDefault(kid), false);
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        if (keys is not null && keys.TryGetValue(kid, out var known) && now - entry.FetchedAt < settings.JwksCacheDuration)
        {
            return (known, false);
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            keys = entry.Keys;
            var fresh = keys is not null && time.GetUtcNow() - entry.FetchedAt < settings.JwksCacheDuration;
            var mayFetch = entry.LastAttempt is not { } last || time.GetUtcNow() - last >= settings.JwksMinRefreshInterval;
            if ((!fresh || keys?.ContainsKey(kid) != true) && mayFetch)
            {
                await FetchAsync(location, entry, cancellationToken).ConfigureAwait(false);
                keys = entry.Keys;
            }

            return keys is null ? (null, true) : (keys.GetValueOrDefault(kid), false);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task FetchAsync(string url, Entry entry, CancellationToken cancellationToken)
    {
        entry.LastAttempt = time.GetUtcNow();
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogUnavailable(logger, url, $"HTTP {(int)response.StatusCode}");
                return;
            }

            var (keys, problem) = JwksDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            if (keys is null)
            {
                LogUnavailable(logger, url, problem!);
                return;
            }

            entry.Keys = keys;
            entry.FetchedAt = time.GetUtcNow();
            LogFetched(logger, url, keys.Count);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, url, ex is TaskCanceledException ? "timed out" : ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched the JWK Set {Location:l}: {Count} signing keys")]
    private static partial void LogFetched(ILogger logger, string location, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The JWK Set {Location:l} is unavailable: {Problem:l}")]
    private static partial void LogUnavailable(ILogger logger, string location, string problem);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public IReadOnlyDictionary<string, JsonWebKey>? Keys { get; set; }

        public DateTimeOffset FetchedAt { get; set; }

        public DateTimeOffset? LastAttempt { get; set; }
    }
}
