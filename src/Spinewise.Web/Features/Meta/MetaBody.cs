using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Meta;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Meta;

/// <summary>
/// The study rows of a meta-analysis request: a CSV body (<c>text/csv</c>, a header row) or JSON rows
/// (<c>application/json</c>, an array of objects), and the options from the query string, named like the CLI's.
/// </summary>
internal static class MetaBody
{
    public const string Source = "request body";
    public static readonly string[] MediaTypes = ["text/csv", "application/json"];

    public static async Task<(MetaRequest? Request, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, MediaTypes, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return (null, problem);
        }

        var options = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (RequestBody.MediaType(request.ContentType) == "text/csv")
        {
            return (new MetaRequest(MetaRows.FromCsv(Text(body.Bytes!), Source), options), null);
        }

        try
        {
            using var document = JsonDocument.Parse(body.Bytes);
            return (new MetaRequest(MetaRows.FromJson(document.RootElement.Clone(), Source), options), null);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var error = new ProblemError("malformed-json", $"The body is not JSON: {ex.Message}", "$", line, column);
            return (null, ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not JSON (line {line}, column {column}).", [error]));
        }
    }

    private static string Text(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);
}
