namespace Spinewise.Persistence.Internal;

/// <summary>
/// SQLite's group commit: items queued at the same moment are handed to one batch writer call (one transaction, one
/// <c>fsync</c>), at most <see cref="MaxBatch"/> at a time, in the order queued. The writer completes each item's own
/// task; this class only batches.
/// <para>
/// Leader and followers: a caller that queues an item while no batch is being written writes the batch itself, on its
/// own thread — an answer at low load pays for no hand-over to another thread and back. Items queued while a batch is
/// being written wait for it to end; the leader then hands them to a background drain (it does not stay to write
/// other callers' batches), which writes batch after batch until the queue is empty.
/// </para>
/// </summary>
/// <typeparam name="T">A queued item, carrying what its caller waits on.</typeparam>
internal sealed class GroupCommitLoop<T> : IAsyncDisposable
{
    public const int MaxBatch = 256;
    private readonly Func<List<T>, Task> _writeBatch;
    private readonly Lock _gate = new();
    private readonly Queue<T> _pending = new();
    private bool _writing;
    private bool _closed;
    private TaskCompletionSource? _idle;

    /// <param name="writeBatch">Writes one batch in one transaction and completes each item's task; must not throw (a
    /// task that faults anyway ends that batch, and the loop goes on).</param>
    public GroupCommitLoop(Func<List<T>, Task> writeBatch) => _writeBatch = writeBatch;

    /// <summary>
    /// Queues an item; false once the loop is being disposed. When no batch is being written, the item's batch is
    /// written before this returns (on the caller's thread, when the writer completes synchronously).
    /// </summary>
    public bool TryEnqueue(T item)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _pending.Enqueue(item);
            if (_writing)
            {
                return true;
            }

            _writing = true;
        }

        var written = _writeBatch(TakeBatch());
        if (written.IsCompleted)
        {
            FinishOrDrain();
        }
        else
        {
            _ = ContinueAsync(written);
        }

        return true;
    }

    /// <summary>Stops taking items and waits until every queued one is written.</summary>
    public async ValueTask DisposeAsync()
    {
        Task idle;
        lock (_gate)
        {
            _closed = true;
            if (!_writing)
            {
                return;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle = _idle.Task;
        }

        await idle.ConfigureAwait(false);
    }

    private async Task ContinueAsync(Task written)
    {
        await written.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        FinishOrDrain();
    }

    /// <summary>After a batch: idle when nothing more is queued, else a background drain takes the rest.</summary>
    private void FinishOrDrain()
    {
        if (!TryFinish())
        {
            _ = Task.Run(DrainAsync);
        }
    }

    private async Task DrainAsync()
    {
        do
        {
            await _writeBatch(TakeBatch()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        while (!TryFinish());
    }

    private List<T> TakeBatch()
    {
        lock (_gate)
        {
            var batch = new List<T>(Math.Min(_pending.Count, MaxBatch));
            while (batch.Count < MaxBatch && _pending.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            return batch;
        }
    }

    /// <summary>True (and no longer writing) when the queue is empty; false when more items wait.</summary>
    private bool TryFinish()
    {
        TaskCompletionSource? idle;
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return false;
            }

            _writing = false;
            idle = _idle;
            _idle = null;
        }

        idle?.TrySetResult();
        return true;
    }
}
