using Spinewise.Knowledge;
using Spinewise.Persistence.Tests.Support;
using Spinewise.Testing;

namespace Spinewise.Persistence.Tests;

public sealed class KnowledgeSnapshotTests
{
    [Fact]
    public void Load_PackedAndUnpacked_HasTheVersionOfTheFolder()
    {
        var folder = KnowledgeLoader.Load(RepositoryPaths.Knowledge);

        var snapshot = KnowledgeSnapshot.Unpack(KnowledgeSnapshot.Read(RepositoryPaths.Knowledge).Pack());
        var loaded = snapshot.Load();

        folder.IsValid.ShouldBeTrue();
        snapshot.Version.ShouldBe(folder.Version);
        loaded.IsValid.ShouldBeTrue();
        loaded.Version.ShouldBe(folder.Version);
        loaded.FileCount.ShouldBe(folder.FileCount);
    }

    [Fact]
    public void Pack_SameFilesInAnyOrder_GivesTheSameBytes()
    {
        var a = KnowledgeSnapshot.FromFiles([("b.yaml", [2]), ("a/x.yaml", [1, 1])]);
        var b = KnowledgeSnapshot.FromFiles([("a/x.yaml", [1, 1]), ("b.yaml", [2])]);

        a.Pack().ShouldBe(b.Pack());
        a.Version.ShouldBe(b.Version);
        a.Paths.ShouldBe(["a/x.yaml", "b.yaml"]);
    }

    [Fact]
    public void Pack_OneFileChanged_ChangesTheVersion()
    {
        using var knowledge = new TempKnowledge();
        var before = KnowledgeSnapshot.Read(knowledge.Directory).Version;

        knowledge.Write("extra/empty.yaml", "# nothing\n");

        KnowledgeSnapshot.Read(knowledge.Directory).Version.ShouldNotBe(before);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'S', (byte)'W', (byte)'K', (byte)'2', 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'S', (byte)'W', (byte)'K', (byte)'1', 1, 0, 0, 0, 5, 0, 0, 0, (byte)'a' })]
    [InlineData(new byte[] { (byte)'S', (byte)'W', (byte)'K', (byte)'1', 0, 0, 0, 0, 9 })]
    public void Unpack_NotASnapshot_Throws(byte[] bytes) =>
        Should.Throw<InvalidDataException>(() => KnowledgeSnapshot.Unpack(bytes));

    [Fact]
    public void FromFiles_DuplicatePath_Throws() =>
        Should.Throw<ArgumentException>(() => KnowledgeSnapshot.FromFiles([("a.yaml", [1]), ("a.yaml", [2])]));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetKnowledgeVersion_StoredSnapshot_LoadsAsTheSameVersion(DatabaseProvider provider)
    {
        // The replay path: the stored content of a version loads into knowledge of that same version.
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Open();
        await store.MigrateAsync();
        var snapshot = KnowledgeSnapshot.Read(RepositoryPaths.Knowledge);
        await store.EnsureKnowledgeVersionAsync(snapshot.Version.Sha256, snapshot.Pack());

        var stored = (await store.GetKnowledgeVersionAsync(snapshot.Version.Sha256)).ShouldNotBeNull();
        var loaded = KnowledgeSnapshot.Unpack(stored.Content).Load();

        loaded.IsValid.ShouldBeTrue();
        loaded.Knowledge!.Version.ShouldBe(snapshot.Version);
    }
}
