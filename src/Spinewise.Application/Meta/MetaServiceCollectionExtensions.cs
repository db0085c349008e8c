using Microsoft.Extensions.DependencyInjection;

namespace Spinewise.Application.Meta;

/// <summary>Registers the meta-analysis use cases (stateless, so singletons).</summary>
public static class MetaServiceCollectionExtensions
{
    /// <summary>Adds every meta-analysis use case as a singleton.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddSpinewiseMeta(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<EscalcUseCase>();
        services.AddSingleton<RmaUseCase>();
        services.AddSingleton<MantelHaenszelUseCase>();
        services.AddSingleton<PetoUseCase>();
        services.AddSingleton<Leave1OutUseCase>();
        services.AddSingleton<InfluenceUseCase>();
        services.AddSingleton<RegTestUseCase>();
        services.AddSingleton<RankTestUseCase>();
        services.AddSingleton<TrimFillUseCase>();
        services.AddSingleton<FsnUseCase>();
        services.AddSingleton<MvUseCase>();
        services.AddSingleton<NetworkUseCase>();
        return services;
    }
}
