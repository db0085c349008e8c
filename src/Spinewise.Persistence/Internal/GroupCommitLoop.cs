using System.Threading.Channels;

namespace Spinewise.Persistence.Internal;

/// <summary>
/// The loop behind SQLite's group commit: items queued at the same moment are handed to one batch writer call (one
/// transaction, one <c>fsync</c>), at most <see cref="MaxBatch"/> at a time, in the order queued. The writer completes
/// each item's own task; the loop only batches.
/// </summary>
/// <typeparam name="T">A queued item, carrying what its caller waits on.</typeparam>
internal sealed class GroupCommitLoop<T> : IAsyncDisposable
{
    public const int MaxBatch = 256;
    private readonly Channel<T> _pending = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<List<T>, Task> _writeBatch;
    private readonly Task _loop;

    /// <param name="writeBatch">Writes one batch in one transaction and completes each item's task; must not throw.</param>
    public GroupCommitLoop(Func<List<T>, Task> writeBatch)
    {
        _writeBatch = writeBatch;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an item; false once the loop is being disposed.</summary>
    public bool TryEnqueue(T item) => _pending.Writer.TryWrite(item);

    /// <summary>Stops taking items and waits until every queued one is written.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<T>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await _writeBatch(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }
}
