using Microsoft.Extensions.Options;
using Spinewise.Persistence;

namespace Spinewise.Web.Hosting;

/// <summary>Creates and migrates the database before the host listens; a database that cannot be reached or configured stops start-up.</summary>
internal sealed partial class DatabaseStartupCheck(IServiceProvider services, IOptions<SpinewiseWebOptions> options, ILogger<DatabaseStartupCheck> logger) : IStartupCheck
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
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var version = await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            LogMigrated(logger, store.Provider, version, clock.ElapsedMilliseconds);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var where = store.Provider == DatabaseProvider.Sqlite ? Path.GetFullPath(options.Value.DataDirectory) : "the PostgreSQL server";
            await error.WriteLineAsync($"The database in {where} cannot be opened or migrated: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Provider} at schema version {Version}, migrated in {Milliseconds} ms")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, int version, long milliseconds);
}
