using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

/// <summary>The JWT id replay store on both providers: a live id is accepted once, across tasks and replicas; expired ids go.</summary>
public sealed class TokenIdStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TryAdd_SameIdTwice_FirstTrueSecondFalse(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var store = await OpenAsync(database, Now);

        var first = await store.TryAddAsync("https://ehr.example.org", "jti-1", Now.AddMinutes(5));
        var second = await store.TryAddAsync("https://ehr.example.org", "jti-1", Now.AddMinutes(5));

        first.ShouldBeTrue();
        second.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TryAdd_SameIdOtherIssuer_True(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var store = await OpenAsync(database, Now);

        (await store.TryAddAsync("https://a.example.org", "jti-1", Now.AddMinutes(5))).ShouldBeTrue();
        (await store.TryAddAsync("https://b.example.org", "jti-1", Now.AddMinutes(5))).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TryAdd_AfterTheFirstExpiredButBeforeASweep_True(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var earlier = await OpenAsync(database, Now))
        {
            (await earlier.TryAddAsync("iss", "jti-1", Now.AddMinutes(5))).ShouldBeTrue();
        }

        await using var later = await OpenAsync(database, Now.AddMinutes(6));

        (await later.TryAddAsync("iss", "jti-1", Now.AddMinutes(11))).ShouldBeTrue();
        (await later.TryAddAsync("iss", "jti-1", Now.AddMinutes(11))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TryAdd_SameIdFromManyTasksAndTwoReplicas_ExactlyOneTrue(DatabaseProvider provider)
    {
        // Given two stores over one database, as two replicas would have
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var a = await OpenAsync(database, Now);
        await using var b = TokenIdStoreFactory.Create(database.Options, new FixedTime(Now));

        // When 32 tasks present the same ids (and 50 distinct ones) at once
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).TryAddAsync("iss", "same", Now.AddMinutes(5)))));
        var distinct = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? a : b).TryAddAsync("iss", $"jti-{i}", Now.AddMinutes(5))));

        // Then one of them recorded the shared id, and every distinct id was recorded
        results.Count(r => r).ShouldBe(1);
        distinct.ShouldAllBe(r => r);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sweep_ExpiredAndLiveIds_DeletesOnlyTheExpired(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var earlier = await OpenAsync(database, Now))
        {
            await earlier.TryAddAsync("iss", "old", Now.AddMinutes(1));
            await earlier.TryAddAsync("iss", "live", Now.AddMinutes(30));
        }

        await using var later = await OpenAsync(database, Now.AddMinutes(10));

        (await later.SweepAsync()).ShouldBe(1);
        (await later.SweepAsync()).ShouldBe(0);
        (await later.TryAddAsync("iss", "live", Now.AddMinutes(30))).ShouldBeFalse();
    }

    [Fact]
    public void Create_IncompleteOptions_ThrowsNamingTheSetting()
    {
        var ex = Should.Throw<ArgumentException>(() => TokenIdStoreFactory.Create(EvaluationStoreOptions.Postgres(""), TimeProvider.System));

        ex.Message.ShouldContain("ConnectionString");
    }

    private static async Task<ITokenIdStore> OpenAsync(TestDatabase database, DateTimeOffset now)
    {
        await database.Open().MigrateAsync();
        return TokenIdStoreFactory.Create(database.Options, new FixedTime(now));
    }
}
