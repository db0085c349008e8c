using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Screenings;

/// <summary>The problem documents of the screening endpoints that the API's common ones do not cover.</summary>
internal static class ScreeningProblems
{
    private const string TypeBase = "urn:spinewise:problem:";

    /// <summary>403: no <c>Spinewise:Screening:Roots</c> configured.</summary>
    public static ProblemHttpResult NotEnabled() => TypedResults.Problem(
        "Screening is not enabled on this server: no folder is configured that exports may be read from. Set Spinewise:Screening:Roots "
        + "(environment Spinewise__Screening__Roots__0=/srv/exports, …) to the folders holding FHIR Bulk Data exports, and restart.",
        type: TypeBase + "screening-not-enabled", title: "Screening not enabled", statusCode: StatusCodes.Status403Forbidden);

    /// <summary>403: the export folder resolves outside every configured root.</summary>
    public static ProblemHttpResult OutsideRoots(string export) => TypedResults.Problem(
        $"export '{export}' is not inside a folder this server may read exports from (Spinewise:Screening:Roots; symbolic links are resolved).",
        type: TypeBase + "export-not-allowed", title: "Export folder not allowed", statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { new ProblemError("export-not-allowed", $"export '{export}' is outside the configured roots.", "$.export") } });

    /// <summary>409: the job is in a state where the request does not apply.</summary>
    public static ProblemHttpResult Conflict(string title, string detail) => TypedResults.Problem(
        detail, type: TypeBase + "conflict", title: title, statusCode: StatusCodes.Status409Conflict);

    /// <summary>400 with every problem of the body at its JSON path.</summary>
    public static ProblemHttpResult InvalidBody(IReadOnlyList<ProblemError> errors) =>
        ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Invalid screening request", string.Join(" ", errors.Select(e => e.Message)) + " Nothing was queued.", errors);
}
