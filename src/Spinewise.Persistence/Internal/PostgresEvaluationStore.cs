using Npgsql;
using NpgsqlTypes;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// The store over PostgreSQL, shared by any number of replicas: every call is one statement in its own
/// (synchronously committed) transaction; migrations run under a transaction-scoped advisory lock.
/// </summary>
internal sealed class PostgresEvaluationStore : IEvaluationStore
{
    /// <summary>The advisory lock key that serialises migrations ("spinewis" in ASCII).</summary>
    private const long MigrationLockKey = 0x7370696e65776973;
    private const string UniqueViolation = "23505";
    private const string ForeignKeyViolation = "23503";
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresEvaluationStore(string connectionString, TimeProvider time, TimeSpan busyTimeout)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Command Timeout"))
        {
            builder.CommandTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds);
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _time = time;
    }

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var migrations = Migration.For(DatabaseProvider.Postgres);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", MigrationLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)", connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = new List<int>();
        await using (var select = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        Migration.ThrowIfNewer(applied, migrations, Provider);
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using var apply = new NpgsqlCommand(migration.Sql, connection, transaction);
            await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var mark = new NpgsqlCommand("INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @applied_at)", connection, transaction);
            mark.Parameters.AddWithValue("version", migration.Version);
            mark.Parameters.AddWithValue("applied_at", StoreTime.Normalize(_time.GetUtcNow()));
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return migrations[^1].Version;
    }

    public async Task<bool> EnsureKnowledgeVersionAsync(string id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var command = _dataSource.CreateCommand(Sql.InsertKnowledge);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("created_at", StoreTime.Normalize(_time.GetUtcNow()));
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = content });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<StoredKnowledgeVersion?> GetKnowledgeVersionAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var command = _dataSource.CreateCommand(Sql.SelectKnowledge);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredKnowledgeVersion(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<byte[]>(2))
            : null;
    }

    public async Task SaveAsync(EvaluationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.ThrowIfInvalid();
        await using var command = _dataSource.CreateCommand(Sql.Insert);
        PostgresRows.Bind(record, command.Parameters);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is UniqueViolation or ForeignKeyViolation)
        {
            throw new InvalidOperationException(
                $"The evaluation {record.Id} cannot be stored: its id exists already or its knowledge version {record.KnowledgeVersion} is not stored ({ex.MessageText}).", ex);
        }
    }

    public async Task<EvaluationRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(Sql.SelectOne);
        command.Parameters.AddWithValue("id", id);
        var rows = await PostgresRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<EvaluationPage> ListAsync(EvaluationQuery query, CancellationToken cancellationToken = default)
    {
        Sql.ThrowIfInvalid(query);
        await using var command = _dataSource.CreateCommand(Sql.List(query));
        var p = command.Parameters;
        if (query.CaseId is not null)
        {
            p.AddWithValue("case_id", query.CaseId);
        }

        if (query.HookInstance is not null)
        {
            p.AddWithValue("hook_instance", query.HookInstance);
        }

        if (query.From is { } from)
        {
            p.AddWithValue("from", StoreTime.Normalize(from));
        }

        if (query.To is { } to)
        {
            p.AddWithValue("to", StoreTime.Normalize(to));
        }

        if (query.Cursor is { } cursor)
        {
            p.AddWithValue("cursor_created_at", StoreTime.Normalize(cursor.CreatedAt));
            p.AddWithValue("cursor_id", cursor.Id);
        }

        p.AddWithValue("limit", query.Limit + 1);
        return Sql.Page(await PostgresRows.ReadAsync(command, cancellationToken).ConfigureAwait(false), query.Limit);
    }

    public async Task<Guid?> FindEvaluationByCardAsync(string cardUuid, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cardUuid);
        await using var command = _dataSource.CreateCommand(FeedbackRows.PostgresFindByCard);
        command.Parameters.AddWithValue("since", StoreTime.Normalize(since));
        command.Parameters.AddWithValue("needle", NpgsqlDbType.Bytea, FeedbackRows.Needle(cardUuid));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is Guid id ? id : null;
    }

    public async Task SaveFeedbackAsync(IReadOnlyList<CdsFeedbackRecord> feedback, CancellationToken cancellationToken = default)
    {
        FeedbackRows.ThrowIfInvalid(feedback);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in feedback)
        {
            await using var command = new NpgsqlCommand(FeedbackRows.Insert, connection, transaction);
            FeedbackRows.Bind(item, command.Parameters);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState is UniqueViolation or ForeignKeyViolation)
            {
                throw new InvalidOperationException(
                    $"The feedback {item.Id} cannot be stored: its id exists already or its evaluation {item.EvaluationId} is not stored ({ex.MessageText}).", ex);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CdsFeedbackRecord>> ListFeedbackAsync(string cardUuid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cardUuid);
        await using var command = _dataSource.CreateCommand(FeedbackRows.SelectByCard);
        command.Parameters.AddWithValue("card_uuid", cardUuid);
        return await FeedbackRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT count(*) FROM schema_migrations");
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
