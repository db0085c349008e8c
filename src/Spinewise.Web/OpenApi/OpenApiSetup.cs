using Scalar.AspNetCore;

namespace Spinewise.Web.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the Scalar UI at <c>/scalar</c>.</summary>
internal static class OpenApiSetup
{
    public static void AddSpinewiseOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", openApi =>
        {
            openApi.AddDocumentTransformer<DocumentTransformer>();
            openApi.AddOperationTransformer<ExamplesTransformer>();
            openApi.AddSchemaTransformer<OptionalMembersTransformer>();
        });
    }

    public static void MapSpinewiseOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(scalar => scalar.WithTitle("Spinewise API"));
    }
}
