namespace Spinewise.Persistence;

/// <summary>Chooses the database of an <see cref="IEvaluationStore"/> and where it is.</summary>
public sealed record EvaluationStoreOptions
{
    /// <summary>The file name of the SQLite database inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteFileName = "spinewise.db";

    /// <summary>The provider; <see cref="DatabaseProvider.Sqlite"/> unless set.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite: the folder holding <see cref="SqliteFileName"/>; created when missing.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>For PostgreSQL: an Npgsql connection string (<c>Host=…;Port=…;Username=…;Database=…</c>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>How long a statement waits for a lock held by another connection or process before it fails.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Options for an SQLite database in a data folder.</summary>
    /// <param name="dataDirectory">The folder; created when missing.</param>
    public static EvaluationStoreOptions Sqlite(string dataDirectory) =>
        new() { Provider = DatabaseProvider.Sqlite, DataDirectory = dataDirectory };

    /// <summary>Options for a PostgreSQL database.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    public static EvaluationStoreOptions Postgres(string connectionString) =>
        new() { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString };

    /// <summary>Reads a provider name as configuration spells it: <c>sqlite</c>, <c>postgres</c> or <c>postgresql</c> (any case).</summary>
    /// <param name="text">The configured value.</param>
    /// <param name="provider">The provider when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseProvider(string? text, out DatabaseProvider provider)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                provider = DatabaseProvider.Sqlite;
                return true;
            case "POSTGRES" or "POSTGRESQL":
                provider = DatabaseProvider.Postgres;
                return true;
            default:
                provider = default;
                return false;
        }
    }

    /// <summary>What is missing for the chosen provider, as messages naming the setting; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(DataDirectory))
        {
            problems.Add("the SQLite provider needs a data directory (DataDirectory)");
        }

        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("the PostgreSQL provider needs a connection string (ConnectionString)");
        }

        if (BusyTimeout <= TimeSpan.Zero)
        {
            problems.Add("BusyTimeout must be positive");
        }

        return problems;
    }
}
