using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class KnowledgeVersionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureKnowledgeVersion_Twice_StoresItOnceAtTheFirstTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var store = database.Open(new FixedTime(first));
        await store.MigrateAsync();
        var id = new string('c', 64);
        byte[] content = [1, 2, 3, 0, 255];

        var stored = await store.EnsureKnowledgeVersionAsync(id, content);
        var again = await database.Open(new FixedTime(first.AddDays(1))).EnsureKnowledgeVersionAsync(id, content);

        stored.ShouldBeTrue();
        again.ShouldBeFalse();
        var read = (await store.GetKnowledgeVersionAsync(id)).ShouldNotBeNull();
        read.Id.ShouldBe(id);
        read.CreatedAt.ShouldBe(first);
        read.Content.ShouldBe(content);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureKnowledgeVersion_ManyConcurrentCallers_OneStoresIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Open().MigrateAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => database.Open()).ToList();
        var id = new string('d', 64);

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Task.Run(() => stores[i % stores.Count].EnsureKnowledgeVersionAsync(id, new byte[100_000]))));

        results.Count(r => r).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetKnowledgeVersion_Unknown_ReturnsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();

        (await store.GetKnowledgeVersionAsync(new string('e', 64))).ShouldBeNull();
    }
}
