using Spinewise.Persistence.Internal;
using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class SqliteConnectionTests
{
    [Theory]
    [InlineData("PRAGMA synchronous", 2L)] // FULL
    [InlineData("PRAGMA foreign_keys", 1L)]
    [InlineData("PRAGMA busy_timeout", 30_000L)]
    public async Task Open_StoreConnection_HasTheDurabilitySettings(string pragma, long expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = (SqliteEvaluationStore)await database.OpenReadyAsync();

        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;

        (await command.ExecuteScalarAsync()).ShouldBe(expected);
    }

    [Fact]
    public async Task Ping_DataFolderMissing_IsFalse()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        (await database.Open().PingAsync()).ShouldBeFalse();
    }
}
