using Spinewise.Persistence.Internal;

namespace Spinewise.Persistence.Tests;

/// <summary>The group commit's batching: saves queued while a batch is being written share the next one, in order.</summary>
public sealed class GroupCommitLoopTests
{
    private sealed record Item(int Number, TaskCompletionSource Done);

    private static Item NewItem(int number) => new(number, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    [Fact]
    public async Task Enqueue_WhileABatchIsBeingWritten_SharesTheNextBatchInTheOrderQueued()
    {
        var batches = new List<int[]>();
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var loop = new GroupCommitLoop<Item>(batch =>
        {
            lock (batches)
            {
                batches.Add([.. batch.Select(i => i.Number)]);
            }

            if (batch[0].Number == 0)
            {
                firstStarted.Set();
                releaseFirst.Wait(TimeSpan.FromSeconds(10));
            }

            batch.ForEach(i => i.Done.SetResult());
            return Task.CompletedTask;
        });
        var items = Enumerable.Range(0, 6).Select(NewItem).ToArray();

        // The first item's batch is held inside its write; five more queue meanwhile.
        loop.TryEnqueue(items[0]).ShouldBeTrue();
        firstStarted.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue();
        foreach (var item in items.Skip(1))
        {
            loop.TryEnqueue(item).ShouldBeTrue();
        }

        items.Skip(1).ShouldAllBe(i => !i.Done.Task.IsCompleted);
        releaseFirst.Set();
        await Task.WhenAll(items.Select(i => i.Done.Task)).WaitAsync(TimeSpan.FromSeconds(10));
        await loop.DisposeAsync();

        batches.Count.ShouldBe(2);
        batches[0].ShouldBe([0]);
        batches[1].ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task Dispose_WaitsForQueuedItems_ThenRefusesNewOnes()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = 0;
        var loop = new GroupCommitLoop<Item>(async batch =>
        {
            await release.Task;
            Interlocked.Add(ref written, batch.Count);
            batch.ForEach(i => i.Done.SetResult());
        });
        var items = Enumerable.Range(0, 3).Select(NewItem).ToArray();
        foreach (var item in items)
        {
            loop.TryEnqueue(item).ShouldBeTrue();
        }

        var disposing = loop.DisposeAsync().AsTask();
        disposing.IsCompleted.ShouldBeFalse("items are still queued");
        loop.TryEnqueue(NewItem(9)).ShouldBeFalse();
        release.SetResult();
        await disposing.WaitAsync(TimeSpan.FromSeconds(10));

        written.ShouldBe(3);
        items.ShouldAllBe(i => i.Done.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Enqueue_ManyAtOnce_WritesEveryItemOnceInBatchesOfAtMostMaxBatch()
    {
        var seen = new List<int>();
        var largest = 0;
        var loop = new GroupCommitLoop<Item>(batch =>
        {
            lock (seen)
            {
                seen.AddRange(batch.Select(i => i.Number));
                largest = Math.Max(largest, batch.Count);
            }

            batch.ForEach(i => i.Done.SetResult());
            return Task.CompletedTask;
        });
        var items = Enumerable.Range(0, 2_000).Select(NewItem).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = t; i < items.Length; i += 8)
            {
                loop.TryEnqueue(items[i]).ShouldBeTrue();
            }
        })));
        await Task.WhenAll(items.Select(i => i.Done.Task)).WaitAsync(TimeSpan.FromSeconds(20));
        await loop.DisposeAsync();

        seen.Order().ShouldBe(Enumerable.Range(0, 2_000));
        largest.ShouldBeLessThanOrEqualTo(GroupCommitLoop<Item>.MaxBatch);
    }
}
