using Microsoft.AspNetCore.Http.HttpResults;

namespace Spinewise.Web.Problems;

/// <summary>The problem documents (RFC 9457) the API answers bad input with; each names the field or parameter at fault.</summary>
internal static class ApiProblem
{
    private const string TypeBase = "urn:spinewise:problem:";

    /// <summary>404 for an id the knowledge or the store does not hold, with the nearest known ids.</summary>
    public static ProblemHttpResult NotFound(string what, string id, IReadOnlyList<string> nearest, string parameter = "id") =>
        Create(
            StatusCodes.Status404NotFound,
            "not-found",
            $"Unknown {what}",
            nearest.Count > 0 ? $"No {what} '{id}'. Did you mean: {string.Join(", ", nearest)}?" : $"No {what} '{id}'.",
            new Dictionary<string, object?> { ["parameter"] = parameter, ["id"] = id, ["nearest"] = nearest });

    /// <summary>400 for query parameters the endpoint does not take.</summary>
    public static ProblemHttpResult UnknownQueryParameters(IReadOnlyList<string> unknown, IReadOnlyList<string> allowed) =>
        Create(
            StatusCodes.Status400BadRequest,
            "unknown-query-parameter",
            "Unknown query parameter",
            allowed.Count == 0
                ? $"This endpoint takes no query parameters; got {string.Join(", ", unknown)}."
                : $"Unknown query parameter {string.Join(", ", unknown)}; this endpoint takes {string.Join(", ", allowed)}.",
            new Dictionary<string, object?>
            {
                ["errors"] = unknown.Select(name => new ProblemError("unknown-query-parameter", $"'{name}' is not a parameter of this endpoint.", Parameter: name)).ToList(),
                ["allowed"] = allowed,
            });

    /// <summary>400 (malformed input, bad parameter) or 422 (well-formed but invalid) with every problem listed.</summary>
    public static ProblemHttpResult Invalid(int status, string title, string detail, IReadOnlyList<ProblemError> errors) =>
        Create(status, status == StatusCodes.Status422UnprocessableEntity ? "invalid-content" : "bad-request", title, detail,
            new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>400 for one query parameter whose value is not valid.</summary>
    public static ProblemHttpResult InvalidParameter(string parameter, string code, string message, IReadOnlyList<string>? allowed = null) =>
        Create(
            StatusCodes.Status400BadRequest,
            "bad-request",
            "Invalid query parameter",
            message,
            new Dictionary<string, object?>
            {
                ["errors"] = new[] { new ProblemError(code, message, Parameter: parameter) },
                ["allowed"] = allowed ?? [],
            });

    /// <summary>415 when the body is not of a media type the endpoint reads.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string? given, IReadOnlyList<string> accepted) =>
        Create(
            StatusCodes.Status415UnsupportedMediaType,
            "unsupported-media-type",
            "Unsupported media type",
            $"The body's Content-Type is {(string.IsNullOrEmpty(given) ? "missing" : $"'{given}'")}; this endpoint reads {string.Join(" or ", accepted)}.",
            new Dictionary<string, object?> { ["accepted"] = accepted });

    /// <summary>413 when the body is larger than <c>Spinewise:Limits:MaxBodyBytes</c>.</summary>
    public static ProblemHttpResult TooLarge(long limit) =>
        Create(
            StatusCodes.Status413PayloadTooLarge,
            "body-too-large",
            "Request body too large",
            $"The body is larger than the limit of {limit} bytes (Spinewise:Limits:MaxBodyBytes).",
            new Dictionary<string, object?> { ["limit"] = limit });

    /// <summary>406 when none of the media types in <c>Accept</c> can be produced.</summary>
    public static ProblemHttpResult NotAcceptable(string? accept, IReadOnlyList<string> offered) =>
        Create(
            StatusCodes.Status406NotAcceptable,
            "not-acceptable",
            "Not acceptable",
            $"Accept '{accept}' matches none of {string.Join(", ", offered)}.",
            new Dictionary<string, object?> { ["offered"] = offered });

    private static ProblemHttpResult Create(int status, string type, string title, string detail, IDictionary<string, object?> extensions) =>
        TypedResults.Problem(detail, type: TypeBase + type, title: title, statusCode: status, extensions: extensions);
}
