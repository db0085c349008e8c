using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// The token ids in the SQLite file of the audit trail, with the same pragmas (WAL, <c>synchronous=FULL</c>, busy
/// timeout). Ids arriving at the same moment are written by one loop in one transaction (group commit), so they share
/// one <c>fsync</c>; each call's task completes only after the transaction holding its id has committed.
/// </summary>
internal sealed class SqliteTokenIdStore : ITokenIdStore
{
    private readonly SqliteFile _file;
    private readonly TimeProvider _time;
    private readonly GroupCommitLoop<Pending> _loop;

    public SqliteTokenIdStore(string directory, TimeProvider time, TimeSpan busyTimeout)
    {
        _time = time;
        _file = new SqliteFile(directory, busyTimeout);
        _loop = new GroupCommitLoop<Pending>(WriteAsync);
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public Task<bool> TryAddAsync(string issuer, string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(tokenId);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(issuer, tokenId, StoreTime.ToMicroseconds(expiresAt), new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_loop.TryEnqueue(pending), this);
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = TokenIdSql.Sweep;
        command.Parameters.AddWithValue("@now", StoreTime.ToMicroseconds(_time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task WriteAsync(List<Pending> batch)
    {
        var added = new bool[batch.Count];
        try
        {
            await using var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.CommandText = TokenIdSql.Insert;
            var issuer = command.Parameters.Add("@issuer", SqliteType.Text);
            var jti = command.Parameters.Add("@jti", SqliteType.Text);
            var expiresAt = command.Parameters.Add("@expires_at", SqliteType.Integer);
            command.Parameters.AddWithValue("@now", StoreTime.ToMicroseconds(_time.GetUtcNow()));
            for (var i = 0; i < batch.Count; i++)
            {
                issuer.Value = batch[i].Issuer;
                jti.Value = batch[i].TokenId;
                expiresAt.Value = batch[i].ExpiresAt;
                added[i] = await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
            }

            transaction.Commit();
        }
        catch (Exception ex)
        {
            // Nothing of the batch is committed.
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(added[i]);
        }
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);

    private sealed record Pending(string Issuer, string TokenId, long ExpiresAt, TaskCompletionSource<bool> Done);
}
