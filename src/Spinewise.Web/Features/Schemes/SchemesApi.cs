using Spinewise.Application.Queries;

namespace Spinewise.Web.Features.Schemes;

/// <summary><c>/api/schemes</c>: the grading schemes side by side.</summary>
internal static class SchemesApi
{
    public static IEndpointRouteBuilder MapSchemesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/schemes", (ListSchemes useCase) => TypedResults.Ok(useCase.Execute()))
            .WithTags("Guidelines")
            .WithName("ListSchemes")
            .WithSummary("The grading schemes side by side: grades, levels of evidence and certainty.");
        return api;
    }
}
