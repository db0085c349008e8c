using Spinewise.Persistence.Internal;

namespace Spinewise.Persistence;

/// <summary>Creates the <see cref="ITokenIdStore"/> over the database the options choose (the audit trail's own).</summary>
public static class TokenIdStoreFactory
{
    /// <summary>
    /// Creates a store. Nothing is opened yet; the table comes with the audit trail's migrations
    /// (<see cref="IEvaluationStore.MigrateAsync"/>), which must have run before the first use. One instance per process.
    /// </summary>
    /// <param name="options">Provider and location, as for <see cref="EvaluationStoreFactory.Create"/>.</param>
    /// <param name="time">The clock that decides which recorded ids have expired.</param>
    /// <exception cref="ArgumentException">The options are incomplete (the message lists what is missing).</exception>
    public static ITokenIdStore Create(EvaluationStoreOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid token id store options: " + string.Join("; ", problems), nameof(options));
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteTokenIdStore(options.DataDirectory!, time, options.BusyTimeout),
            DatabaseProvider.Postgres => new PostgresTokenIdStore(options.ConnectionString!, time, options.BusyTimeout),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
    }
}
