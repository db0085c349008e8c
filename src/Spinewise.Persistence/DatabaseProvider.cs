namespace Spinewise.Persistence;

/// <summary>The database an <see cref="IEvaluationStore"/> keeps its records in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in a data folder (configuration value <c>sqlite</c>; the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several replicas (configuration value <c>postgres</c>).</summary>
    Postgres,
}
