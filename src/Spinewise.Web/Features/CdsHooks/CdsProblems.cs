using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Domain.Diagnostics;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>The problem documents of the CDS service (RFC 9457, as the rest of the API).</summary>
internal static class CdsProblems
{
    private const string TypeBase = "urn:spinewise:problem:";

    /// <summary>412 (CDS Hooks 2.0 §Prefetch): the data a prefetch key names was neither sent nor readable from <c>fhirServer</c>.</summary>
    public static ProblemHttpResult PrefetchUnavailable(IReadOnlyList<string> missing, bool hadServer) =>
        TypedResults.Problem(
            hadServer
                ? $"The prefetch keys {string.Join(", ", missing)} were not sent and could not be read from fhirServer; nothing was evaluated or stored."
                : $"The prefetch keys {string.Join(", ", missing)} were not sent and the request has no fhirServer to read them from; nothing was evaluated or stored.",
            type: TypeBase + "prefetch-unavailable",
            title: "Required FHIR data unavailable",
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?> { ["missing"] = missing });

    /// <summary>400 for a body that is not a CDS Hooks request of this service.</summary>
    public static ProblemHttpResult Malformed(IReadOnlyList<ProblemError> errors) =>
        ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Malformed CDS Hooks request", string.Join(" ", errors.Select(e => e.Message)), errors);

    /// <summary>422 for FHIR data that is not valid FHIR R4, or a chart whose case fails validation: each problem with its FHIR element.</summary>
    public static ProblemHttpResult InvalidChart(IReadOnlyList<Diagnostic> diagnostics) =>
        ApiProblem.Invalid(
            StatusCodes.Status422UnprocessableEntity,
            "Invalid FHIR data",
            $"The FHIR data has {diagnostics.Count} problem{(diagnostics.Count == 1 ? "" : "s")}; nothing was evaluated or stored.",
            [.. diagnostics.Select(d => new ProblemError(d.Code, d.Message, d.Location.Path, d.Location.Line, d.Location.Column))]);

    /// <summary>404 for a service id discovery does not list.</summary>
    public static ProblemHttpResult UnknownService(string id, IReadOnlyList<string> known) =>
        ApiProblem.NotFound("CDS service", id, known);
}
