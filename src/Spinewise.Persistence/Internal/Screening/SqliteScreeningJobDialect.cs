using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal.Screening;

/// <summary>The screening jobs in the SQLite file of the audit trail, with its pragmas (<c>synchronous=FULL</c>, busy timeout).</summary>
internal sealed class SqliteScreeningJobDialect : ScreeningJobDialect
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteScreeningJobDialect(string directory, TimeSpan busyTimeout)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(directory), EvaluationStoreOptions.SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = $"PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};";
    }

    public override string LockQueued => "";

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
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

    public override object Id(Guid id) => SqliteRows.Text(id);

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public override object Time(DateTimeOffset time) => StoreTime.ToMicroseconds(time);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => StoreTime.FromMicroseconds(reader.GetInt64(ordinal));

    public override object Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
