using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.OpenApi;

/// <summary>The document's title and description, its server, and the bearer scheme when an authority is configured.</summary>
internal sealed class DocumentTransformer(IOptions<SpinewiseWebOptions> options) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Spinewise API",
            Version = "v1",
            Description =
                "Guideline knowledge on interventional low-back-pain care, the decision engine for one patient case, and a "
                + "metafor-compatible meta-analysis engine. The knowledge endpoints return the same JSON as the CLI's --json. "
                + "Every evaluation is stored (input as received, knowledge version, output hash) before it is answered. "
                + "Errors are problem documents (RFC 9457) that name the field or parameter at fault.",
        };
        document.Servers = [];
        if (options.Value.Auth.Enabled)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token of Spinewise:Auth:Authority for Spinewise:Auth:Audience.",
            };
        }

        return Task.CompletedTask;
    }
}
