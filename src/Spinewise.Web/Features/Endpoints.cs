using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Features.Evaluations;
using Spinewise.Web.Features.Guidelines;
using Spinewise.Web.Features.Health;
using Spinewise.Web.Features.Interventions;
using Spinewise.Web.Features.Meta;
using Spinewise.Web.Features.Recommendations;
using Spinewise.Web.Features.Schemes;
using Spinewise.Web.Features.Screenings;
using Spinewise.Web.Features.Trials;
using Spinewise.Web.Hosting;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features;

/// <summary>Every endpoint: health, the OpenAPI document and UI, the <c>/api</c> groups of each feature, CDS Hooks and the pages.</summary>
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
        api.MapGuidelinesApi();
        api.MapRecommendationsApi();
        api.MapInterventionsApi();
        api.MapTrialsApi();
        api.MapSchemesApi();
        api.MapEvaluateApi();
        api.MapEvaluationsApi();
        api.MapReplayApi();
        api.MapScreeningsApi();
        api.MapMetaApi();
        app.MapCdsHooksApi();
        app.MapSpinewisePages();
        return app;
    }
}
