using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// Group commit for SQLite: saves waiting at the same moment are written by one loop in one transaction, so they
/// share one <c>fsync</c>. Each save's task completes only after the transaction holding it has committed; a save
/// that breaks a constraint is rolled back to its own savepoint and fails alone.
/// </summary>
internal sealed class SqliteBatchWriter : IAsyncDisposable
{
    private const int SqliteConstraint = 19;
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly GroupCommitLoop<Pending> _loop;

    public SqliteBatchWriter(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _loop = new GroupCommitLoop<Pending>(WriteAsync);
    }

    /// <summary>Queues a save; the task completes when it is committed, or fails with the reason it was not.</summary>
    public Task SaveAsync(EvaluationRecord record, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(record, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_loop.TryEnqueue(pending), this);

        // A cancelled wait does not withdraw the save: it may still be committed.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task WriteAsync(List<Pending> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            await using var connection = await _open(CancellationToken.None).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                failures[i] = await InsertAsync(connection, transaction, batch[i].Record).ConfigureAwait(false);
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
            if (failures[i] is { } failure)
            {
                batch[i].Done.TrySetException(failure);
            }
            else
            {
                batch[i].Done.TrySetResult();
            }
        }
    }

    private static async Task<Exception?> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, EvaluationRecord record)
    {
        transaction.Save("save");
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql.Insert;
            SqliteRows.Bind(record, command.Parameters);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            transaction.Release("save");
            return null;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            transaction.Rollback("save");
            transaction.Release("save");
            return new InvalidOperationException(
                $"The evaluation {record.Id} cannot be stored: its id exists already or its knowledge version {record.KnowledgeVersion} is not stored ({ex.Message}).", ex);
        }
    }

    private sealed record Pending(EvaluationRecord Record, TaskCompletionSource Done);
}
