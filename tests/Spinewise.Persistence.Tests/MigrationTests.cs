using Microsoft.Data.Sqlite;
using Npgsql;
using Spinewise.Persistence.Internal;
using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_Twice_AppliesEachVersionOnceAndKeepsTheRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync(new FixedTime(Some.Start));
        var record = Some.Evaluation(Some.Start);
        await store.SaveAsync(record);

        var version = await database.Open(new FixedTime(Some.Start.AddDays(1))).MigrateAsync();

        version.ShouldBe(Migration.For(provider)[^1].Version);
        (await AppliedAsync(database)).ShouldBe(Migration.For(provider).Select(m => (m.Version, Some.Start)).ToList());
        (await store.GetAsync(record.Id)).ShouldBe(record);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_ManyMigratorsAtOnce_AllSucceedAndApplyEachVersionOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = Enumerable.Range(0, 6).Select(_ => database.Open()).ToList();
        using var start = new Barrier(stores.Count);

        var versions = await Task.WhenAll(stores.Select(s => Task.Run(() =>
        {
            start.SignalAndWait();
            return s.MigrateAsync();
        })));

        versions.ShouldAllBe(v => v == versions[0]);
        (await AppliedAsync(database)).Count.ShouldBe(versions[0]);
        (await stores[0].PingAsync()).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_DatabaseNewerThanTheBuild_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Open().MigrateAsync();
        await ExecuteAsync(database, "INSERT INTO schema_migrations (version, applied_at) VALUES (999, " +
            (provider == DatabaseProvider.Sqlite ? "0" : "now()") + ")");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => database.Open().MigrateAsync());

        ex.Message.ShouldContain("999");
    }

    [Fact]
    public async Task Migrate_Sqlite_UsesWalAndTheDataFolderItCreates()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Directory.Exists(database.Directory).ShouldBeFalse();

        await database.Open().MigrateAsync();

        File.Exists(Path.Combine(database.Directory!, EvaluationStoreOptions.SqliteFileName)).ShouldBeTrue();
        (await ScalarAsync(database, "PRAGMA journal_mode")).ShouldBe("wal");
    }

    private static async Task<List<(int Version, DateTimeOffset AppliedAt)>> AppliedAsync(TestDatabase database)
    {
        var rows = new List<(int, DateTimeOffset)>();
        if (database.Options.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(database.Directory!, EvaluationStoreOptions.SqliteFileName)};Pooling=false");
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT version, applied_at FROM schema_migrations ORDER BY version", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), StoreTime.FromMicroseconds(reader.GetInt64(1))));
            }
        }
        else
        {
            await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT version, applied_at FROM schema_migrations ORDER BY version", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1)));
            }
        }

        return rows;
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        if (database.Options.Provider == DatabaseProvider.Sqlite)
        {
            await ScalarAsync(database, sql);
            return;
        }

        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(database.Directory!, EvaluationStoreOptions.SqliteFileName)};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
