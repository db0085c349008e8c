using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Spinewise.Web.Tests;

/// <summary>Short request helpers for the tests.</summary>
public static class Http
{
    public static Uri Path(string path) => new(path, UriKind.Relative);

    public static Task<HttpResponseMessage> Get(this HttpClient client, string path) => client.GetAsync(Path(path));

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string path, string json) =>
        client.PostAsync(Path(path), new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostBytes(this HttpClient client, string path, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return client.PostAsync(Path(path), content);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The problem document of a response, checking its media type.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Json();
    }

    public static string[] Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static string StenosisCase => File.ReadAllText(System.IO.Path.Combine(Spinewise.Testing.RepositoryPaths.Repository, "examples", "cases", "stenosis-claudication.json"));

    public static string StenosisCasePath => System.IO.Path.Combine(Spinewise.Testing.RepositoryPaths.Repository, "examples", "cases", "stenosis-claudication.json");
}
