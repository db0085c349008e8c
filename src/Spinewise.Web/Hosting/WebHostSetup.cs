using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Spinewise.Application;
using Spinewise.Application.Json;
using Spinewise.Application.Meta;
using Spinewise.Web.CdsSecurity;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Features.Evaluations;
using Spinewise.Web.Features.Health;
using Spinewise.Web.Features.Screenings;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Hosting;

/// <summary>The host's services and middleware, so that <c>Program.cs</c> stays a few lines.</summary>
internal static class WebHostSetup
{
    public static WebApplicationBuilder AddSpinewiseWeb(this WebApplicationBuilder builder)
    {
        if (LoopbackRule.ConfiguredAddresses(builder.Configuration).Count == 0)
        {
            builder.WebHost.UseUrls(LoopbackRule.DefaultUrl);
        }

        var services = builder.Services;
        services.Configure<SpinewiseWebOptions>(builder.Configuration.GetSection(SpinewiseWebOptions.Section));
        builder.AddSpinewiseLogging();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SpinewiseWebOptions>>((kestrel, options) =>
            kestrel.Limits.MaxRequestBodySize = options.Value.Limits.MaxBodyBytes);
        services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json => ContractJsonHttp.CopyTo(ContractJson.Wire, json.SerializerOptions));
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        var knowledge = SpinewiseWebOptions.From(builder.Configuration).Knowledge;
        services.AddSpinewise(spinewise => spinewise.KnowledgeDirectory = string.IsNullOrWhiteSpace(knowledge) ? null : Path.GetFullPath(knowledge));
        services.AddSpinewiseMeta();
        services.AddSingleton<IStartupCheck, KnowledgeStartupCheck>();
        services.AddSpinewiseStore();
        services.AddSpinewiseScreenings();
        builder.AddCdsHooksSecurity();
        services.AddSingleton<EvaluationRecorder>();
        services.AddSingleton<IStartupCheck, KnowledgeVersionStartupCheck>();
        services.AddSingleton<StoredEvaluations>();
        services.AddHealthChecks().AddCheck<ReadinessChecks>("knowledge-and-database", tags: [HealthApi.Ready]);
        services.AddCdsHooks(builder.Configuration);
        services.AddSpinewiseAuth();
        services.AddSpinewiseOpenApi();
        services.AddSpinewisePages();
        return builder;
    }

    public static WebApplication UseSpinewiseWeb(this WebApplication app)
    {
        app.UseWhen(context => !PagesSetup.IsPagePath(context.Request.Path), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseSpinewisePages();
        app.UseSpinewiseRequestLogging();
        app.UseRouting(); // after the status pages, so that a re-executed page path is routed again
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
