using Microsoft.Extensions.Options;
using Spinewise.Persistence.Screening;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Features.Screenings;

/// <summary>The screening jobs' services: the job store over the audit trail's database, the roots, the runner and the worker.</summary>
internal static class ScreeningSetup
{
    public static void AddSpinewiseScreenings(this IServiceCollection services)
    {
        services.AddSingleton(provider => ScreeningJobStoreFactory.Create(
            StoreSetup.StoreOptions(provider.GetRequiredService<IOptions<SpinewiseWebOptions>>().Value), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ScreeningRoots>();
        services.AddSingleton<ScreeningWake>();
        services.AddSingleton<ScreeningJobRunner>();
        services.AddSingleton<IStartupCheck, ScreeningStartupCheck>();
        services.AddHostedService<ScreeningWorker>();
    }
}
