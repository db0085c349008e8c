using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Spinewise.Testing;

namespace Spinewise.Web.Pages.Tests;

/// <summary>Helpers of the Evaluate page tests: the form's antiforgery token, multipart posts, example files.</summary>
internal static partial class EvaluateForms
{
    public static string Example(string folder, string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "examples", folder, name));

    /// <summary>GETs <c>/evaluate</c> (the client keeps the antiforgery cookie) and returns the form's token.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/evaluate", UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on /evaluate.");
    }

    /// <summary>POSTs the fields (and files) as the browser does: multipart/form-data, with the token unless <paramref name="token"/> is null.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string? handler, string? token, IEnumerable<(string Name, string Value)> fields, params (string Name, string FileName, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            content.Add(file, name, fileName);
        }

        var path = handler is null ? "/evaluate" : $"/evaluate?handler={handler}";
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The id of the evaluation a 303 points to.</summary>
    public static Guid EvaluationId(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No Location.");
        location.ShouldStartWith("/evaluations/");
        return Guid.Parse(location["/evaluations/".Length..]);
    }

    /// <summary>The text of the element with <paramref name="id"/> up to its closing tag of the same name (good enough for the error blocks).</summary>
    public static string Element(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, $"no element #{id}");
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..end]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
