using Spinewise.Persistence.Internal;

namespace Spinewise.Persistence;

/// <summary>Creates the <see cref="IEvaluationStore"/> the options choose.</summary>
public static class EvaluationStoreFactory
{
    /// <summary>
    /// Creates a store. Nothing is opened yet; call <see cref="IEvaluationStore.MigrateAsync"/> before the first use.
    /// One instance per process is enough (it pools its connections); it holds no records in memory.
    /// </summary>
    /// <param name="options">Provider and location; see <see cref="EvaluationStoreOptions.Validate"/>.</param>
    /// <param name="time">The clock for the times the store writes itself (migrations, knowledge versions).</param>
    /// <exception cref="ArgumentException">The options are incomplete (the message lists what is missing).</exception>
    public static IEvaluationStore Create(EvaluationStoreOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid evaluation store options: " + string.Join("; ", problems), nameof(options));
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteEvaluationStore(options.DataDirectory!, time, options.BusyTimeout),
            DatabaseProvider.Postgres => new PostgresEvaluationStore(options.ConnectionString!, time, options.BusyTimeout),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
    }
}
