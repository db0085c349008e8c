using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Spinewise.Application;
using Spinewise.Application.CdsHooks;
using Spinewise.Domain.Codes;
using Spinewise.Fhir;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>The CDS service's services: options, the catalog, the FHIR mapping and card builder, the FHIR client, CORS.</summary>
internal static class CdsHooksSetup
{
    public static IServiceCollection AddCdsHooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CdsServiceOptions>(configuration.GetSection(CdsServiceOptions.Section));
        services.AddSingleton(sp => new CdsServiceCatalog(ObservationCodes(sp.GetRequiredService<KnowledgeHost>())));
        services.AddSingleton(sp => new FhirCaseMapper(sp.GetRequiredService<KnowledgeHost>().Knowledge));
        services.AddSingleton(sp => new CdsCardBuilder(sp.GetRequiredService<KnowledgeHost>()));
        services.AddSingleton<CdsLinks>();
        services.AddSingleton<CdsHookRecorder>();
        services.AddSingleton<CdsFeedbackRecorder>();
        services.AddTransient<PrefetchResolver>();
        services.AddTransient<CdsHookHandler>();
        services.AddHttpClient<FhirServerClient>()
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<CdsServiceOptions>>().Value.FhirServerTimeout);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CdsServiceOptions>>((cors, options) =>
            cors.AddPolicy(CdsHooksApi.CorsPolicy, policy =>
            {
                var origins = options.Value.AllowedOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                policy.WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type").SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        return services;
    }

    /// <summary>The LOINC codes of the Observations the FHIR mapping reads, from the knowledge code map.</summary>
    internal static IEnumerable<string> ObservationCodes(KnowledgeHost host) =>
        host.Knowledge.Codes.Entries
            .Where(e => e.System == CodeSystems.Loinc && e.Targets.Any(t => t.Kind == CodeTargetKind.Finding))
            .Select(e => e.Code);
}
