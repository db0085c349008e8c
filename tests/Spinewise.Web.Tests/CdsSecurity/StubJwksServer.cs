using System.Collections.Concurrent;
using System.Net;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>The EHR's JWKS endpoints as an HttpMessageHandler: documents by URL, a count of fetches, an optional delay.</summary>
public sealed class StubJwksServer : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);

    public TimeSpan Delay { get; set; }

    public void Publish(string url, string json) => _documents[url] = json;

    public int Fetches(string url) => _fetches.GetValueOrDefault(url);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        _fetches.AddOrUpdate(url, 1, (_, n) => n + 1);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return _documents.TryGetValue(url, out var json)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
