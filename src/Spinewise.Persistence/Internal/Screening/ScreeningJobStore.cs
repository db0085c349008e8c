using System.Data.Common;
using System.Globalization;

using Spinewise.Persistence.Screening;

namespace Spinewise.Persistence.Internal.Screening;

/// <summary>The screening job store over either provider: one statement per call (<see cref="ScreeningJobSql"/>), values converted by the <see cref="ScreeningJobDialect"/>.</summary>
internal sealed class ScreeningJobStore(ScreeningJobDialect dialect, TimeProvider time) : IScreeningJobStore
{
    public async Task CreateAsync(ScreeningJobRecord job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Id.Version != 7)
        {
            throw new ArgumentException($"A screening job id must be a UUIDv7; {job.Id} is version {job.Id.Version}.", nameof(job));
        }

        await ExecuteAsync(ScreeningJobSql.Insert, cancellationToken,
            ("@id", dialect.Id(job.Id)), ("@created_at", dialect.Time(job.CreatedAt)), ("@export", job.Export),
            ("@as_of", job.AsOf is { } asOf ? dialect.Date(asOf) : null), ("@shard", job.Shard), ("@formats", job.Formats), ("@report", job.Report)).ConfigureAwait(false);
    }

    public async Task<ScreeningJobRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(ScreeningJobSql.SelectOne, cancellationToken, ("@id", dialect.Id(id))).ConfigureAwait(false)) is [var job] ? job : null;

    public async Task<ScreeningJobPage> ListAsync(EvaluationCursor? cursor, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, EvaluationQuery.MaxLimit);
        var parameters = new List<(string, object?)> { ("@limit", limit + 1) };
        if (cursor is { } position)
        {
            parameters.Add(("@cursor_created_at", dialect.Time(position.CreatedAt)));
            parameters.Add(("@cursor_id", dialect.Id(position.Id)));
        }

        var rows = await QueryAsync(ScreeningJobSql.List(cursor is not null), cancellationToken, [.. parameters]).ConfigureAwait(false);
        if (rows.Count <= limit)
        {
            return new ScreeningJobPage(rows, null);
        }

        rows.RemoveRange(limit, rows.Count - limit);
        return new ScreeningJobPage(rows, new EvaluationCursor(rows[^1].CreatedAt, rows[^1].Id));
    }

    public async Task<ScreeningJobRecord?> TryClaimAsync(string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var rows = await QueryAsync(ScreeningJobSql.Claim(dialect.LockQueued), cancellationToken,
            ("@owner", owner), ("@now", dialect.Time(now)), ("@lease", dialect.Time(now + lease))).ConfigureAwait(false);
        return rows is [var job] ? job : null;
    }

    public async Task<ScreeningJobHeartbeat> HeartbeatAsync(Guid id, string owner, ScreeningJobProgress progress, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = time.GetUtcNow();
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, ScreeningJobSql.Heartbeat,
            ("@id", dialect.Id(id)), ("@owner", owner), ("@bytes_read", progress.BytesRead), ("@bytes", progress.Bytes), ("@patients", progress.Patients), ("@screened", progress.Screened),
            ("@now", dialect.Time(now)), ("@lease", dialect.Time(now + lease)));
        var cancel = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return cancel is null or DBNull ? ScreeningJobHeartbeat.Lost
            : Convert.ToBoolean(cancel, CultureInfo.InvariantCulture) ? ScreeningJobHeartbeat.CancelRequested : ScreeningJobHeartbeat.Renewed;
    }

    public async Task<bool> FinishAsync(Guid id, string owner, ScreeningJobState state, ScreeningJobProgress progress, string? failure, byte[]? summary, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (state is not (ScreeningJobState.Succeeded or ScreeningJobState.Failed or ScreeningJobState.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A job finishes as succeeded, failed or cancelled.");
        }

        return await ExecuteAsync(ScreeningJobSql.Finish, cancellationToken,
            ("@id", dialect.Id(id)), ("@owner", owner), ("@state", ScreeningJobSql.Name(state)), ("@now", dialect.Time(time.GetUtcNow())),
            ("@bytes_read", progress.BytesRead), ("@bytes", progress.Bytes), ("@patients", progress.Patients), ("@screened", progress.Screened), ("@error", failure), ("@summary", summary)).ConfigureAwait(false) == 1;
    }

    public async Task<bool> RequeueAsync(Guid id, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return await ExecuteAsync(ScreeningJobSql.Requeue, cancellationToken,
            ("@id", dialect.Id(id)), ("@owner", owner), ("@now", dialect.Time(time.GetUtcNow()))).ConfigureAwait(false) == 1;
    }

    public async Task<ScreeningJobRecord?> RequestCancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(ScreeningJobSql.Cancel, cancellationToken, ("@id", dialect.Id(id)), ("@now", dialect.Time(time.GetUtcNow()))).ConfigureAwait(false);
        return await GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ScreeningJobRecord>> ExpireLeasesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(ScreeningJobSql.Expire, cancellationToken, ("@now", dialect.Time(time.GetUtcNow())), ("@error", ScreeningJobSql.ExpiredError)).ConfigureAwait(false);

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<ScreeningJobRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<ScreeningJobRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private ScreeningJobRecord Read(DbDataReader r)
    {
        DateTimeOffset? Time(int i) => r.IsDBNull(i) ? null : dialect.ReadTime(r, i);
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new ScreeningJobRecord
        {
            Id = dialect.ReadId(r, 0),
            CreatedAt = dialect.ReadTime(r, 1),
            State = ScreeningJobSql.Parse(r.GetString(2)),
            Export = r.GetString(3),
            AsOf = r.IsDBNull(4) ? null : dialect.ReadDate(r, 4),
            Shard = r.GetString(5),
            Formats = r.GetString(6),
            Report = r.GetString(7),
            Owner = Text(8),
            Attempts = Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture),
            StartedAt = Time(10),
            FinishedAt = Time(11),
            UpdatedAt = dialect.ReadTime(r, 12),
            LeaseExpiresAt = Time(13),
            CancelRequested = Convert.ToBoolean(r.GetValue(14), CultureInfo.InvariantCulture),
            Progress = new ScreeningJobProgress(r.GetInt64(15), r.GetInt64(16), r.GetInt64(17), r.GetDouble(20)),
            Error = Text(18),
            Summary = r.IsDBNull(19) ? null : (byte[])r.GetValue(19),
        };
    }
}
