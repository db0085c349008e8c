using Microsoft.Extensions.Options;
using Spinewise.Persistence;

namespace Spinewise.Web.Hosting;

/// <summary>Creates and migrates the database before the host listens; a database that cannot be reached or configured stops start-up.</summary>
internal sealed class DatabaseStartupCheck(IServiceProvider services, IOptions<SpinewiseWebOptions> options) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        IEvaluationStore store;
        try
        {
            store = services.GetRequiredService<IEvaluationStore>();
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync($"The database is not configured: {ex.Message}").ConfigureAwait(false);
            return false;
        }

        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var where = store.Provider == DatabaseProvider.Sqlite ? Path.GetFullPath(options.Value.DataDirectory) : "the PostgreSQL server";
            await error.WriteLineAsync($"The database in {where} cannot be opened or migrated: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
