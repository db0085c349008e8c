using Npgsql;

namespace Spinewise.Persistence.Internal;

/// <summary>The token ids on PostgreSQL: one synchronously committed statement per call, shared by every replica.</summary>
internal sealed class PostgresTokenIdStore : ITokenIdStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresTokenIdStore(string connectionString, TimeProvider time, TimeSpan busyTimeout)
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

    public async Task<bool> TryAddAsync(string issuer, string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(tokenId);
        await using var command = _dataSource.CreateCommand(TokenIdSql.Insert);
        command.Parameters.AddWithValue("issuer", issuer);
        command.Parameters.AddWithValue("jti", tokenId);
        command.Parameters.AddWithValue("expires_at", StoreTime.Normalize(expiresAt));
        command.Parameters.AddWithValue("now", StoreTime.Normalize(_time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(TokenIdSql.Sweep);
        command.Parameters.AddWithValue("now", StoreTime.Normalize(_time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
