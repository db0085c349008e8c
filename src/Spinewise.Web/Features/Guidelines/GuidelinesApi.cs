using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Contracts;
using Spinewise.Application.Queries;
using Spinewise.Web.OpenApi;

namespace Spinewise.Web.Features.Guidelines;

/// <summary><c>/api/guidelines</c>, <c>/api/guidelines/{id}</c> and <c>/api/tables</c>: what <c>spinewise guidelines</c>, <c>guideline show</c> and <c>tables</c> print as JSON.</summary>
internal static class GuidelinesApi
{
    public static IEndpointRouteBuilder MapGuidelinesApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Guidelines");
        group.MapGet("/guidelines", (ListGuidelines useCase) => TypedResults.Ok(useCase.Execute()))
            .WithName("ListGuidelines")
            .WithSummary("Every guideline: publication facts and how many recommendations it holds.");
        group.MapGet("/guidelines/{id}", (string id, ShowGuideline useCase) => ResultsOf.Ok(useCase.Execute(id)))
            .WithName("GetGuideline")
            .WithSummary("One guideline: publication facts, scope, grading scheme and topics.")
            .WithExamples(("id", "aspn-2022"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/tables", (string guideline, ListTables useCase) => ResultsOf.Ok(useCase.Execute(guideline)))
            .WithName("ListTables")
            .WithSummary("A guideline's published tables.")
            .WithExamples(("guideline", "aspn-2022"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
