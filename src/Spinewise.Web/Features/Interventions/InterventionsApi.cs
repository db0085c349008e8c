using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Contracts;
using Spinewise.Application.Queries;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Interventions;

/// <summary><c>/api/interventions</c>, <c>/api/interventions/{id}</c> and <c>/api/compare</c>.</summary>
internal static class InterventionsApi
{
    public static IEndpointRouteBuilder MapInterventionsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Interventions");
        group.MapGet("/interventions", (ListInterventions useCase) => TypedResults.Ok(useCase.Execute()))
            .WithName("ListInterventions")
            .WithSummary("The intervention vocabulary: ids, labels and synonyms.");
        group.MapGet("/interventions/{id}", (string id, ShowIntervention useCase) => ResultsOf.Ok(useCase.Execute(id)))
            .WithName("GetIntervention")
            .WithSummary("One intervention (id, label or synonym, any letter case).")
            .WithExamples(("id", "lumbar-rfa"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/compare", Compare)
            .WithName("CompareIntervention")
            .WithSummary("Every guideline's stance on an intervention side by side, with conflicts, their reasons, and agreements.")
            .WithExamples(("intervention", "lumbar-rfa"), ("pain", "axial"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<CompareContract>, ProblemHttpResult> Compare(string intervention, string? pain, CompareIntervention useCase) =>
        useCase.Execute(intervention, pain).TryGetValue(out var answer, out var failure) ? TypedResults.Ok(answer.Contract) : failure.ToProblem();
}
