using Spinewise.Persistence.Screening;
using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

/// <summary>The screening job queue on both providers: one claim per job across replicas, cancellation through any store, leases that expire.</summary>
public sealed class ScreeningJobStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Claim_TwoStoresManyTasks_EachJobClaimedOnce(DatabaseProvider provider)
    {
        // Given eight queued jobs and two stores over one database, as two replicas would have
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var a = await OpenAsync(database, clock);
        await using var b = ScreeningJobStoreFactory.Create(database.Options, clock);
        var queued = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            queued.Add(await QueueAsync(a, clock));
        }

        // When 24 claims race, half through each store
        var claims = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).TryClaimAsync(i % 2 == 0 ? "replica-a" : "replica-b", Lease))));

        // Then every job is claimed exactly once, and the other claims found nothing
        var claimed = claims.OfType<ScreeningJobRecord>().ToList();
        claimed.Select(j => j.Id).Order().ShouldBe(queued.Order());
        claimed.ShouldAllBe(j => j.State == ScreeningJobState.Running && j.Attempts == 1 && j.LeaseExpiresAt == Start + Lease);
        (await a.TryClaimAsync("replica-a", Lease)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Claim_SeveralQueued_OldestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var store = await OpenAsync(database, clock);
        var first = await QueueAsync(store, clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await QueueAsync(store, clock);

        (await store.TryClaimAsync("r", Lease))!.Id.ShouldBe(first);
        (await store.TryClaimAsync("r", Lease))!.Id.ShouldBe(second);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_RunningThroughAnotherStore_OwnerToldAtHeartbeat(DatabaseProvider provider)
    {
        // Given a job running on replica A
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var a = await OpenAsync(database, clock);
        await using var b = ScreeningJobStoreFactory.Create(database.Options, clock);
        var id = await QueueAsync(a, clock);
        await a.TryClaimAsync("replica-a", Lease);
        (await a.HeartbeatAsync(id, "replica-a", new ScreeningJobProgress(10, 100, 0), Lease)).ShouldBe(ScreeningJobHeartbeat.Renewed);

        // When replica B is asked to cancel it
        var after = await b.RequestCancelAsync(id);

        // Then it is still running, marked; A learns it at its next heartbeat and finishes it as cancelled
        after!.State.ShouldBe(ScreeningJobState.Running);
        after.CancelRequested.ShouldBeTrue();
        (await a.HeartbeatAsync(id, "replica-a", new ScreeningJobProgress(20, 100, 0), Lease)).ShouldBe(ScreeningJobHeartbeat.CancelRequested);
        (await a.FinishAsync(id, "replica-a", ScreeningJobState.Cancelled, new ScreeningJobProgress(20, 100, 0), null, null)).ShouldBeTrue();
        var done = await b.GetAsync(id);
        done!.State.ShouldBe(ScreeningJobState.Cancelled);
        done.Owner.ShouldBeNull();
        done.FinishedAt.ShouldBe(Start);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_Queued_CancelledAtOnceAndNeverClaimed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var store = await OpenAsync(database, clock);
        var id = await QueueAsync(store, clock);

        var after = await store.RequestCancelAsync(id);

        after!.State.ShouldBe(ScreeningJobState.Cancelled);
        after.FinishedAt.ShouldBe(Start);
        (await store.TryClaimAsync("r", Lease)).ShouldBeNull();
        (await store.RequestCancelAsync(Guid.CreateVersion7())).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_Succeeded_LeftAsItIs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var store = await OpenAsync(database, clock);
        var id = await QueueAsync(store, clock);
        await store.TryClaimAsync("r", Lease);
        await store.FinishAsync(id, "r", ScreeningJobState.Succeeded, new ScreeningJobProgress(100, 100, 7, 0.75), null, "{\"a\":1}"u8.ToArray());

        var after = await store.RequestCancelAsync(id);

        after!.State.ShouldBe(ScreeningJobState.Succeeded);
        after.CancelRequested.ShouldBeFalse();
        after.Summary.ShouldBe("{\"a\":1}"u8.ToArray());
        after.Progress.ShouldBe(new ScreeningJobProgress(100, 100, 7, 0.75));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExpireLeases_OwnerSilentPastItsLease_FailedAndOwnerLosesIt(DatabaseProvider provider)
    {
        // Given a job whose owner renewed its lease once, then fell silent
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var store = await OpenAsync(database, clock);
        var id = await QueueAsync(store, clock);
        await store.TryClaimAsync("dead", Lease);
        clock.Advance(TimeSpan.FromSeconds(20));
        await store.HeartbeatAsync(id, "dead", new ScreeningJobProgress(1, 2, 0), Lease);

        // When another replica looks before and after the lease runs out
        clock.Advance(TimeSpan.FromSeconds(29));
        var early = await store.ExpireLeasesAsync();
        clock.Advance(TimeSpan.FromSeconds(2));
        var late = await store.ExpireLeasesAsync();

        // Then only the late look fails it, and the old owner can neither renew nor finish it
        early.ShouldBeEmpty();
        late.Select(j => j.Id).ShouldBe([id]);
        late[0].State.ShouldBe(ScreeningJobState.Failed);
        late[0].Error!.ShouldContain("lease");
        (await store.HeartbeatAsync(id, "dead", new ScreeningJobProgress(2, 2, 1), Lease)).ShouldBe(ScreeningJobHeartbeat.Lost);
        (await store.FinishAsync(id, "dead", ScreeningJobState.Succeeded, default, null, [1])).ShouldBeFalse();
        (await store.GetAsync(id))!.State.ShouldBe(ScreeningJobState.Failed);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Requeue_OnShutdown_QueuedAgainUnlessCancelRequested(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var store = await OpenAsync(database, clock);
        var kept = await QueueAsync(store, clock);
        var cancelled = await QueueAsync(store, clock);
        await store.TryClaimAsync("r", Lease);
        await store.TryClaimAsync("r", Lease);
        await store.RequestCancelAsync(cancelled);

        (await store.RequeueAsync(kept, "r")).ShouldBeTrue();
        (await store.RequeueAsync(cancelled, "r")).ShouldBeTrue();
        (await store.RequeueAsync(kept, "other")).ShouldBeFalse();

        (await store.GetAsync(cancelled))!.State.ShouldBe(ScreeningJobState.Cancelled);
        var again = await store.TryClaimAsync("r2", Lease);
        again!.Id.ShouldBe(kept);
        again.Attempts.ShouldBe(2);
        again.Owner.ShouldBe("r2");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_Paged_NewestFirstEveryJobOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableTime(Start);
        await using var store = await OpenAsync(database, clock);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await QueueAsync(store, clock));
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var first = await store.ListAsync(null, 2);
        var second = await store.ListAsync(first.NextCursor, 2);
        var third = await store.ListAsync(second.NextCursor, 2);

        first.Items.Concat(second.Items).Concat(third.Items).Select(j => j.Id).ShouldBe(Enumerable.Reverse(ids));
        third.NextCursor.ShouldBeNull();
        first.Items[0].Export.ShouldBe("/exports/x");
        first.Items[0].AsOf.ShouldBe(new DateOnly(2026, 12, 1));
        first.Items[0].Formats.ShouldBe("ndjson,csv");
    }

    private static async Task<IScreeningJobStore> OpenAsync(TestDatabase database, TimeProvider time)
    {
        await database.Open().MigrateAsync();
        return ScreeningJobStoreFactory.Create(database.Options, time);
    }

    private static async Task<Guid> QueueAsync(IScreeningJobStore store, TimeProvider time)
    {
        var id = Guid.CreateVersion7(time.GetUtcNow());
        await store.CreateAsync(ScreeningJobRecord.Queue(id, time.GetUtcNow(), "/exports/x", new DateOnly(2026, 12, 1), "0/1", "ndjson,csv", "/reports/" + id));
        return id;
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
