using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Queries;
using Spinewise.Knowledge;

namespace Spinewise.Application;

/// <summary>Registers the application layer: the knowledge host, the clock and every use case.</summary>
public static class SpinewiseServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="KnowledgeHost"/> loaded (once, on first use) from the folder the options name,
    /// <see cref="TimeProvider.System"/> unless a clock is already registered, and the use cases. Resolving the host
    /// throws <see cref="KnowledgeLoadException"/> when the knowledge is invalid.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; may be null.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddSpinewise(this IServiceCollection services, Action<SpinewiseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SpinewiseOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var load = KnowledgeHost.Load(options.KnowledgeDirectory ?? KnowledgeLoader.DefaultDirectory, provider.GetRequiredService<TimeProvider>());
            return load.TryGetHost(out var host) ? host : throw new KnowledgeLoadException(load);
        });
        return AddUseCases(services);
    }

    /// <summary>Registers an already loaded <paramref name="host"/> (and its clock) and the use cases.</summary>
    /// <param name="services">The services.</param>
    /// <param name="host">The knowledge host.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddSpinewise(this IServiceCollection services, KnowledgeHost host)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(host);
        services.TryAddSingleton(host.Time);
        services.TryAddSingleton(host);
        return AddUseCases(services);
    }

    private static IServiceCollection AddUseCases(IServiceCollection services)
    {
        services.TryAddSingleton<ListGuidelines>();
        services.TryAddSingleton<ShowGuideline>();
        services.TryAddSingleton<QueryRecommendations>();
        services.TryAddSingleton<ListInterventions>();
        services.TryAddSingleton<ShowIntervention>();
        services.TryAddSingleton<ListConditions>();
        services.TryAddSingleton<ShowCondition>();
        services.TryAddSingleton<CompareIntervention>();
        services.TryAddSingleton<ListTrials>();
        services.TryAddSingleton<ShowTrial>();
        services.TryAddSingleton<ListSyntheses>();
        services.TryAddSingleton<ListSchemes>();
        services.TryAddSingleton<ListTables>();
        services.TryAddSingleton<EvaluateCase>();
        services.TryAddSingleton<EvaluateFhirBundle>();
        services.TryAddSingleton<ScreenCases>();
        return services;
    }
}
