using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Web.Problems;

/// <summary>The one translation of the Application's failures into problem documents.</summary>
internal static class FailureProblems
{
    public static ProblemHttpResult ToProblem(this UseCaseFailure failure) => failure switch
    {
        UnknownIdFailure unknown => ApiProblem.NotFound(unknown.Kind, unknown.Id, unknown.Nearest, unknown.Parameter),
        InvalidParameterFailure invalid => ApiProblem.InvalidParameter(invalid.Parameter, "invalid-parameter", invalid.Message, invalid.Allowed),
        InvalidCaseFailure invalidCase => InvalidCase(invalidCase.Diagnostics),
        _ => throw new InvalidOperationException($"No problem document for {failure.GetType().Name}."),
    };

    /// <summary>400 when the body is not JSON (or not UTF-8) at all, 422 when it is JSON but not a valid case; every problem listed.</summary>
    public static ProblemHttpResult InvalidCase(IReadOnlyList<Diagnostic> diagnostics)
    {
        var malformed = diagnostics.Any(d => d.Code is CaseDiagnosticCodes.MalformedJson or CaseDiagnosticCodes.NotUtf8);
        var errors = diagnostics.Select(d => new ProblemError(d.Code, d.Message, d.Location.Path, d.Location.Line, d.Location.Column)).ToList();
        return malformed
            ? ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Malformed case", $"The body is not a JSON case: {First(diagnostics)}. Nothing was evaluated or stored.", errors)
            : ApiProblem.Invalid(StatusCodes.Status422UnprocessableEntity, "Invalid case", $"The case has {errors.Count} problem{(errors.Count == 1 ? "" : "s")}; nothing was evaluated or stored (see docs/case.md).", errors);
    }

    /// <summary>400 when the body is not readable FHIR R4 (malformed JSON, invalid FHIR, not a Bundle), 422 when the chart maps to an invalid case; every problem listed at its FHIR element.</summary>
    public static ProblemHttpResult InvalidFhir(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Select(d => new ProblemError(d.Code, d.Message, d.Location.Path, d.Location.Line, d.Location.Column)).ToList();
        var plural = errors.Count == 1 ? "" : "s";
        return diagnostics.Any(Application.Evaluations.EvaluateFhirBundle.IsUnreadable)
            ? ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Invalid FHIR", $"The body is not a readable FHIR R4 Bundle ({errors.Count} problem{plural}: {diagnostics[0].Location.Path} {diagnostics[0].Message}). Nothing was evaluated or stored.", errors)
            : ApiProblem.Invalid(StatusCodes.Status422UnprocessableEntity, "Invalid case", $"The chart maps to a case with {errors.Count} problem{plural}, each at its FHIR element; nothing was evaluated or stored (see docs/fhir.md).", errors);
    }

    private static string First(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? "no detail" : $"line {diagnostics[0].Location.Line}, column {diagnostics[0].Location.Column}: {diagnostics[0].Message}";
}
