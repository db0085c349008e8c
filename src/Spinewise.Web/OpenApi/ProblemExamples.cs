using System.Text.Json.Nodes;

namespace Spinewise.Web.OpenApi;

/// <summary>An example problem document for each problem status the API answers with.</summary>
internal static class ProblemExamples
{
    public static (string Description, JsonNode Body)? For(string status) => status switch
    {
        "400" => ("Bad input: malformed JSON, an unknown or invalid query parameter; every problem in `errors`.", Problem(
            400, "unknown-query-parameter", "Unknown query parameter", "Unknown query parameter colour; this endpoint takes guideline, intervention, condition, grade.",
            new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = "unknown-query-parameter", ["message"] = "'colour' is not a parameter of this endpoint.", ["parameter"] = "colour" }) })),
        "404" => ("Unknown id, with the nearest known ids.", Problem(
            404, "not-found", "Unknown guideline", "No guideline 'aspn-2020'. Did you mean: aspn-2022?",
            new JsonObject { ["parameter"] = "id", ["id"] = "aspn-2020", ["nearest"] = new JsonArray("aspn-2022") })),
        "406" => ("None of the media types in Accept can be produced.", Problem(406, "not-acceptable", "Not acceptable", "Accept 'text/html' matches none of image/svg+xml, image/png.", null)),
        "413" => ("The body is larger than Spinewise:Limits:MaxBodyBytes.", Problem(413, "body-too-large", "Request body too large", "The body is larger than the limit of 1048576 bytes (Spinewise:Limits:MaxBodyBytes).", new JsonObject { ["limit"] = 1048576 })),
        "415" => ("The body's Content-Type is not one this endpoint reads.", Problem(415, "unsupported-media-type", "Unsupported media type", "The body's Content-Type is 'text/plain'; this endpoint reads application/json.", new JsonObject { ["accepted"] = new JsonArray("application/json") })),
        "422" => ("Well-formed input that fails validation; every problem with its code, JSON path, line and column.", Problem(
            422, "invalid-content", "Invalid case", "The case has 1 problem; nothing was evaluated or stored (see docs/case.md).",
            new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = "SW2006", ["message"] = "unknown condition 'lumbar-spinal-stenosys'; did you mean 'lumbar-spinal-stenosis'?", ["path"] = "$.conditions[0]", ["line"] = 8, ["column"] = 18 }) })),
        "500" => ("A bug: the problem carries the request id and no internals.", Problem(500, "about:blank", "An error occurred while processing your request.", null, null)),
        _ => null,
    };

    private static JsonObject Problem(int status, string type, string title, string? detail, JsonObject? extensions)
    {
        var problem = new JsonObject
        {
            ["type"] = type == "about:blank" ? "https://tools.ietf.org/html/rfc9110#section-15.6.1" : "urn:spinewise:problem:" + type,
            ["title"] = title,
            ["status"] = status,
        };
        if (detail is not null)
        {
            problem["detail"] = detail;
        }

        foreach (var (key, value) in extensions ?? [])
        {
            problem[key] = value?.DeepClone();
        }

        problem["requestId"] = "0HNB4ABCDEFGH:00000001";
        return problem;
    }
}
