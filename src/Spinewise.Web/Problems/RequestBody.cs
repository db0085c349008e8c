using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Problems;

/// <summary>
/// Reads a request body as raw bytes, exactly as received, after checking its media type (415) and its size against
/// <c>Spinewise:Limits:MaxBodyBytes</c> (413) — also where the server does not enforce the limit itself.
/// </summary>
internal static class RequestBody
{
    public static async Task<BodyRead> ReadAsync(HttpRequest request, IReadOnlyList<string> mediaTypes, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<SpinewiseWebOptions>>().Value.Limits.MaxBodyBytes;
        if (MediaType(request.ContentType) is not { } given || !mediaTypes.Contains(given, StringComparer.OrdinalIgnoreCase))
        {
            return BodyRead.Fail(ApiProblem.UnsupportedMediaType(request.ContentType, mediaTypes));
        }

        if (request.ContentLength > limit)
        {
            return BodyRead.Fail(ApiProblem.TooLarge(limit));
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return BodyRead.Fail(ApiProblem.TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyRead.Fail(ApiProblem.TooLarge(limit));
        }

        return BodyRead.Ok(buffer.ToArray());
    }

    /// <summary>The media type without parameters (<c>application/json; charset=utf-8</c> → <c>application/json</c>).</summary>
    public static string? MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value : null;
}

/// <summary>A body read: either its bytes or the problem that stopped reading it, never both.</summary>
internal sealed class BodyRead
{
    private BodyRead(byte[]? bytes, ProblemHttpResult? problem) => (Bytes, Problem) = (bytes, problem);

    public byte[]? Bytes { get; }

    public ProblemHttpResult? Problem { get; }

    public static BodyRead Ok(byte[] bytes) => new(bytes, null);

    public static BodyRead Fail(ProblemHttpResult problem) => new(null, problem);
}
