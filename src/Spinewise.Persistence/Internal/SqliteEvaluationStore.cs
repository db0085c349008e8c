using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// The store over an SQLite file: WAL journal, <c>synchronous=FULL</c> (a commit is on disk before it returns),
/// foreign keys on, a busy timeout so that writers from several connections or processes wait for each other.
/// </summary>
internal sealed class SqliteEvaluationStore : IEvaluationStore
{
    private const int SqliteConstraint = 19;
    private readonly string _directory;
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly TimeProvider _time;

    public SqliteEvaluationStore(string directory, TimeProvider time, TimeSpan busyTimeout)
    {
        _directory = Path.GetFullPath(directory);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_directory, EvaluationStoreOptions.SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = $"PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};";
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_directory);
        var migrations = Migration.For(DatabaseProvider.Sqlite);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE: the write lock is taken first, so a second migrator waits here instead of failing later.
        using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);", cancellationToken).ConfigureAwait(false);
        var applied = new List<int>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        Migration.ThrowIfNewer(applied, migrations, Provider);
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var mark = connection.CreateCommand();
            mark.CommandText = "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @applied_at)";
            mark.Parameters.AddWithValue("@version", migration.Version);
            mark.Parameters.AddWithValue("@applied_at", StoreTime.ToMicroseconds(_time.GetUtcNow()));
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
        return migrations[^1].Version;
    }

    public async Task<bool> EnsureKnowledgeVersionAsync(string id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql.InsertKnowledge;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@created_at", StoreTime.ToMicroseconds(_time.GetUtcNow()));
        command.Parameters.Add("@content", SqliteType.Blob).Value = content.ToArray();
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<StoredKnowledgeVersion?> GetKnowledgeVersionAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql.SelectKnowledge;
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredKnowledgeVersion(reader.GetString(0), StoreTime.FromMicroseconds(reader.GetInt64(1)), (byte[])reader.GetValue(2))
            : null;
    }

    public async Task SaveAsync(EvaluationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.ThrowIfInvalid();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql.Insert;
        var p = command.Parameters;
        p.AddWithValue("@id", Text(record.Id));
        p.AddWithValue("@created_at", StoreTime.ToMicroseconds(record.CreatedAt));
        p.AddWithValue("@channel", record.Channel);
        p.AddWithValue("@case_id", (object?)record.CaseId ?? DBNull.Value);
        p.AddWithValue("@as_of", record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p.AddWithValue("@knowledge_version", record.KnowledgeVersion);
        p.Add("@input", SqliteType.Blob).Value = record.Input;
        p.AddWithValue("@input_content_type", record.InputContentType);
        p.AddWithValue("@output_sha256", record.OutputSha256);
        p.AddWithValue("@output_length", record.OutputLength);
        p.AddWithValue("@output_content_type", record.OutputContentType);
        p.AddWithValue("@engine_version", record.EngineVersion);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            throw new InvalidOperationException(
                $"The evaluation {record.Id} cannot be stored: its id exists already or its knowledge version {record.KnowledgeVersion} is not stored ({ex.Message}).", ex);
        }
    }

    public async Task<EvaluationRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql.SelectOne;
        command.Parameters.AddWithValue("@id", Text(id));
        var rows = await ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<EvaluationPage> ListAsync(EvaluationQuery query, CancellationToken cancellationToken = default)
    {
        Sql.ThrowIfInvalid(query);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql.List(query);
        var p = command.Parameters;
        if (query.CaseId is not null)
        {
            p.AddWithValue("@case_id", query.CaseId);
        }

        if (query.From is { } from)
        {
            p.AddWithValue("@from", StoreTime.ToMicroseconds(from));
        }

        if (query.To is { } to)
        {
            p.AddWithValue("@to", StoreTime.ToMicroseconds(to));
        }

        if (query.Cursor is { } cursor)
        {
            p.AddWithValue("@cursor_created_at", StoreTime.ToMicroseconds(cursor.CreatedAt));
            p.AddWithValue("@cursor_id", Text(cursor.Id));
        }

        p.AddWithValue("@limit", query.Limit + 1);
        return Sql.Page(await ReadAsync(command, cancellationToken).ConfigureAwait(false), query.Limit);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static async Task<List<EvaluationRecord>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<EvaluationRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new EvaluationRecord
            {
                Id = Guid.ParseExact(reader.GetString(0), "D"),
                CreatedAt = StoreTime.FromMicroseconds(reader.GetInt64(1)),
                Channel = reader.GetString(2),
                CaseId = reader.IsDBNull(3) ? null : reader.GetString(3),
                AsOf = DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                KnowledgeVersion = reader.GetString(5),
                Input = (byte[])reader.GetValue(6),
                InputContentType = reader.GetString(7),
                OutputSha256 = reader.GetString(8),
                OutputLength = reader.GetInt64(9),
                OutputContentType = reader.GetString(10),
                EngineVersion = reader.GetString(11),
            });
        }

        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _pragmas, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
