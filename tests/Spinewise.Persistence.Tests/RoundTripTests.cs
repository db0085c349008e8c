using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_SavedRecord_ReturnsItByteForByte(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var record = Some.Evaluation(Some.Start.AddTicks(1234567)) with { Input = [0xEF, 0xBB, 0xBF, (byte)'{', 0x00, 0xFF, (byte)'}'] };

        await store.SaveAsync(record);
        var read = await store.GetAsync(record.Id);

        read.ShouldNotBeNull();
        read.ShouldBe(record);
        read.Input.ShouldBe(record.Input);
        read.CreatedAt.ShouldBe(new DateTimeOffset(2026, 3, 1, 8, 0, 0, 123, 456, TimeSpan.Zero));
        read.AsOf.ShouldBe(new DateOnly(2026, 3, 1));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_RecordWithoutCaseId_KeepsTheNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var record = Some.Evaluation(Some.Start, caseId: null);

        await store.SaveAsync(record);

        (await store.GetAsync(record.Id)).ShouldNotBeNull().CaseId.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnknownId_ReturnsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();

        (await store.GetAsync(Guid.CreateVersion7())).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_FromASecondStoreOverTheSameDatabase_SeesTheRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await database.OpenReadyAsync();
        var second = database.Open();
        var record = Some.Evaluation(Some.Start);

        await first.SaveAsync(record);

        (await second.GetAsync(record.Id)).ShouldBe(record);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_SameIdTwice_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var record = Some.Evaluation(Some.Start);
        await store.SaveAsync(record);

        await Should.ThrowAsync<InvalidOperationException>(() => store.SaveAsync(record with { Channel = "cds-hooks" }));
        (await store.GetAsync(record.Id)).ShouldNotBeNull().Channel.ShouldBe("api");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_UnstoredKnowledgeVersion_ThrowsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var record = Some.Evaluation(Some.Start, knowledgeVersion: new string('b', 64));

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => store.SaveAsync(record));

        ex.Message.ShouldContain("knowledge version");
        (await store.GetAsync(record.Id)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_IdNotVersion7_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();

        await Should.ThrowAsync<ArgumentException>(() => store.SaveAsync(Some.Evaluation(Some.Start) with { Id = Guid.NewGuid() }));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ping_MigratedDatabase_IsTrue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();

        (await store.PingAsync()).ShouldBeTrue();
    }

    [PostgresFact]
    public async Task Ping_UnreachableServer_IsFalse()
    {
        // Port 1 on loopback: nothing listens there.
        await using var store = EvaluationStoreFactory.Create(
            EvaluationStoreOptions.Postgres("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2") with { BusyTimeout = TimeSpan.FromSeconds(2) },
            TimeProvider.System);

        (await store.PingAsync()).ShouldBeFalse();
    }
}
