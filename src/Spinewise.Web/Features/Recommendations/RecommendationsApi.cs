using Spinewise.Application.Contracts;
using Spinewise.Application.Queries;
using Spinewise.Web.OpenApi;

namespace Spinewise.Web.Features.Recommendations;

/// <summary><c>/api/recommendations</c>: what <c>spinewise recommendations --json</c> prints, with the same filters.</summary>
internal static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/recommendations", (string? guideline, string? intervention, string? condition, string? grade, QueryRecommendations useCase) =>
                ResultsOf.Ok(useCase.Execute(new RecommendationFilters(guideline, intervention, condition, grade))))
            .WithTags("Recommendations")
            .WithName("QueryRecommendations")
            .WithSummary("Recommendations filtered by guideline, intervention (id, label or synonym), condition and grade; every filter optional.")
            .WithExamples(("guideline", "aspn-2022"), ("intervention", "lumbar-rfa"), ("grade", "A"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
