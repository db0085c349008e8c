using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// The audit trail's SQLite file as every SQLite store opens it: pooled connections, each with the same pragmas
/// (foreign keys on, <c>synchronous=FULL</c>, the busy timeout).
/// </summary>
internal sealed class SqliteFile
{
    private readonly string _pragmas;

    public SqliteFile(string directory, TimeSpan busyTimeout)
    {
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(directory), EvaluationStoreOptions.SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = $"PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};";
    }

    /// <summary>The connection string (for a connection that needs no pragmas).</summary>
    public string ConnectionString { get; }

    /// <summary>Opens a connection with the pragmas set; disposed again if they cannot be.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
