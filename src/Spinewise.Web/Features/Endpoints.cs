using Spinewise.Web.Features.Health;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features;

/// <summary>Every endpoint: health, the OpenAPI document and UI, and the <c>/api</c> groups of each feature.</summary>
internal static class Endpoints
{
    public static WebApplication MapSpinewiseEndpoints(this WebApplication app)
    {
        app.MapHealthApi();
        app.MapSpinewiseOpenApi();

        var api = app.MapGroup("/api")
            .AddEndpointFilterFactory(QueryAllowList.Factory)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        _ = api;
        return app;
    }
}
