using Spinewise.Application.Queries;
using Spinewise.Web.OpenApi;

namespace Spinewise.Web.Features.Trials;

/// <summary><c>/api/trials</c>, <c>/api/trials/{id}</c> and <c>/api/syntheses</c>: the evidence held as knowledge.</summary>
internal static class TrialsApi
{
    public static IEndpointRouteBuilder MapTrialsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Evidence");
        group.MapGet("/trials", (string? intervention, ListTrials useCase) => ResultsOf.Ok(useCase.Execute(intervention)))
            .WithName("ListTrials")
            .WithSummary("The trials, or those with an arm receiving an intervention.")
            .WithExamples(("intervention", "pild"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/trials/{id}", (string id, ShowTrial useCase) => ResultsOf.Ok(useCase.Execute(id)))
            .WithName("GetTrial")
            .WithSummary("One trial: design, arms, outcomes and sources.")
            .WithExamples(("id", "motion"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/syntheses", (ListSyntheses useCase) => TypedResults.Ok(useCase.Execute()))
            .WithName("ListSyntheses")
            .WithSummary("The evidence syntheses (network and pairwise meta-analyses) and their estimates.");
        return api;
    }
}
