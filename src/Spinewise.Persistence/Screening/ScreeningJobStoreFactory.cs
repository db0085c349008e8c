using Spinewise.Persistence.Internal.Screening;

namespace Spinewise.Persistence.Screening;

/// <summary>Creates the <see cref="IScreeningJobStore"/> over the database the options choose (the audit trail's own).</summary>
public static class ScreeningJobStoreFactory
{
    /// <summary>
    /// Creates a store. Nothing is opened yet; the table comes with the audit trail's migrations
    /// (<see cref="IEvaluationStore.MigrateAsync"/>), which must have run before the first use. One instance per process.
    /// </summary>
    /// <param name="options">Provider and location, as for <see cref="EvaluationStoreFactory.Create"/>.</param>
    /// <param name="time">The clock of the times the store writes and of lease expiry.</param>
    /// <exception cref="ArgumentException">The options are incomplete (the message lists what is missing).</exception>
    public static IScreeningJobStore Create(EvaluationStoreOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid screening job store options: " + string.Join("; ", problems), nameof(options));
        }

        ScreeningJobDialect dialect = options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteScreeningJobDialect(options.DataDirectory!, options.BusyTimeout),
            DatabaseProvider.Postgres => new PostgresScreeningJobDialect(options.ConnectionString!, options.BusyTimeout),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
        return new ScreeningJobStore(dialect, time);
    }
}
