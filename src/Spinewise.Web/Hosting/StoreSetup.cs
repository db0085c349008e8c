using Microsoft.Extensions.Options;
using Spinewise.Persistence;

namespace Spinewise.Web.Hosting;

/// <summary>
/// The audit trail: <c>Spinewise:Database:Provider</c> (<c>sqlite</c>, the default, a file in
/// <c>Spinewise:DataDirectory</c>; or <c>postgres</c> with <c>Spinewise:Database:ConnectionString</c>), migrated before
/// the host listens.
/// </summary>
internal static class StoreSetup
{
    public static void AddSpinewiseStore(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SpinewiseWebOptions>>().Value;
            return EvaluationStoreFactory.Create(StoreOptions(options), provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IStartupCheck, DatabaseStartupCheck>();
    }

    /// <summary>The store options the configuration names; throws <see cref="ArgumentException"/> naming the setting at fault.</summary>
    public static EvaluationStoreOptions StoreOptions(SpinewiseWebOptions options)
    {
        if (!EvaluationStoreOptions.TryParseProvider(options.Database.Provider, out var provider))
        {
            throw new ArgumentException($"Spinewise:Database:Provider '{options.Database.Provider}' is not sqlite or postgres.");
        }

        return provider == DatabaseProvider.Sqlite
            ? EvaluationStoreOptions.Sqlite(Path.GetFullPath(options.DataDirectory))
            : EvaluationStoreOptions.Postgres(options.Database.ConnectionString ?? "");
    }
}
