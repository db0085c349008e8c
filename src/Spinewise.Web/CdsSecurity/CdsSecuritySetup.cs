using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spinewise.Persistence;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// Wires CDS Hooks authorization: <see cref="AddCdsHooksSecurity(WebApplicationBuilder)"/> registers the options,
/// the JWKS cache and its HttpClient, the verifier, the JWT id store (the audit trail's database), its sweeper and the
/// start-up check; <see cref="RequireCdsHooksToken"/> puts the token filter on a route group.
/// </summary>
internal static class CdsSecuritySetup
{
    public static WebApplicationBuilder AddCdsHooksSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddCdsHooksSecurity();
        return builder;
    }

    public static IServiceCollection AddCdsHooksSecurity(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CdsHooksSecurityOptions>()
            .BindConfiguration(CdsHooksSecurityOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.PublicBaseUrl ??= configuration[CdsHooksSecurityOptions.PublicBaseUrlKey] is { Length: > 0 } url ? url : null);
        services.AddHttpClient(JwksCache.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<CdsHooksSecurityOptions>>().Value.JwksTimeout;
                client.MaxResponseContentBufferSize = JwksCache.MaxDocumentBytes;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                AutomaticDecompression = DecompressionMethods.None,
            });
        services.AddSingleton<JwksCache>();
        services.AddSingleton<CdsTokenVerifier>();
        services.TryAddSingleton<ITokenIdStore>(provider => TokenIdStoreFactory.Create(
            StoreSetup.StoreOptions(SpinewiseWebOptions.From(provider.GetRequiredService<IConfiguration>())),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStartupCheck, CdsSecurityStartupCheck>();
        services.AddHostedService<TokenIdSweeper>();
        return services;
    }

    /// <summary>Every endpoint of the group answers 401 unless the call carries a verified CDS Hooks JWT.</summary>
    public static TBuilder RequireCdsHooksToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter<TBuilder, CdsHooksTokenFilter>();
        return builder;
    }
}
