using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Meta;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Meta;

/// <summary>
/// A meta-analysis request's diagnostics as one problem document: 400 when an option (query parameter) or the rows'
/// format is at fault, 422 when well-formed data cannot be analysed (a missing column, an invalid cell, a model that
/// cannot be fitted); every diagnostic listed with its option, or row and field.
/// </summary>
internal static class MetaProblems
{
    public static ProblemHttpResult From(IReadOnlyList<MetaDiagnostic> diagnostics)
    {
        var errors = diagnostics.Select(d => new ProblemError(d.Code, d.Message, Parameter: d.Option, Row: d.Row, Field: d.Column)).ToList();
        var request = diagnostics.Any(d => d.Option is not null || d.Code == MetaDiagnosticCodes.UnreadableRows);
        var detail = string.Join(" ", diagnostics.Select(d => d.ToString()));
        return request
            ? ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Invalid meta-analysis request", detail, errors)
            : ApiProblem.Invalid(StatusCodes.Status422UnprocessableEntity, "The data cannot be analysed", detail, errors);
    }
}
