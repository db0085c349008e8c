using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// The store over an SQLite file: WAL journal, <c>synchronous=FULL</c> (a commit is on disk before it returns),
/// foreign keys on, a busy timeout so that writers from several connections or processes wait for each other.
/// SQLite has one writer at a time: within the process, saves go through one <see cref="SqliteBatchWriter"/> (group
/// commit) instead of meeting SQLite's busy back-off, which sleeps for milliseconds; between processes the busy
/// timeout still applies.
/// </summary>
internal sealed class SqliteEvaluationStore : IEvaluationStore
{
    private const int SqliteConstraint = 19;
    private readonly string _directory;
    private readonly SqliteFile _file;
    private readonly TimeProvider _time;
    private readonly SqliteBatchWriter _writer;

    public SqliteEvaluationStore(string directory, TimeProvider time, TimeSpan busyTimeout)
    {
        _directory = Path.GetFullPath(directory);
        _time = time;
        _file = new SqliteFile(_directory, busyTimeout);
        _writer = new SqliteBatchWriter(OpenAsync);
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

    public Task SaveAsync(EvaluationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.ThrowIfInvalid();
        return _writer.SaveAsync(record, cancellationToken);
    }

    public async Task<EvaluationRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql.SelectOne;
        command.Parameters.AddWithValue("@id", SqliteRows.Text(id));
        var rows = await SqliteRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
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

        if (query.HookInstance is not null)
        {
            p.AddWithValue("@hook_instance", query.HookInstance);
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
            p.AddWithValue("@cursor_id", SqliteRows.Text(cursor.Id));
        }

        p.AddWithValue("@limit", query.Limit + 1);
        return Sql.Page(await SqliteRows.ReadAsync(command, cancellationToken).ConfigureAwait(false), query.Limit);
    }

    public async Task<Guid?> FindEvaluationByCardAsync(string cardUuid, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cardUuid);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = FeedbackRows.SqliteFindByCard;
        command.Parameters.AddWithValue("@since", StoreTime.ToMicroseconds(since));
        command.Parameters.Add("@needle", SqliteType.Blob).Value = FeedbackRows.Needle(cardUuid);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string id ? Guid.ParseExact(id, "D") : null;
    }

    public async Task SaveFeedbackAsync(IReadOnlyList<CdsFeedbackRecord> feedback, CancellationToken cancellationToken = default)
    {
        FeedbackRows.ThrowIfInvalid(feedback);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var item in feedback)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = FeedbackRows.Insert;
            FeedbackRows.Bind(item, command.Parameters);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
            {
                throw new InvalidOperationException(
                    $"The feedback {item.Id} cannot be stored: its id exists already or its evaluation {item.EvaluationId} is not stored ({ex.Message}).", ex);
            }
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<CdsFeedbackRecord>> ListFeedbackAsync(string cardUuid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cardUuid);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = FeedbackRows.SelectByCard;
        command.Parameters.AddWithValue("@card_uuid", cardUuid);
        return await FeedbackRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
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

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        using var connection = new SqliteConnection(_file.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
