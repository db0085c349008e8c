using Npgsql;

namespace Spinewise.Web.Tests.Process;

/// <summary>A throw-away database in the test PostgreSQL cluster, dropped on dispose.</summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    /// <summary>The environment variable holding the test cluster's connection string.</summary>
    public const string Variable = "SPINEWISE_TEST_POSTGRES";

    private readonly string _admin;

    private TestPostgres(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>The cluster's connection string, or null when it is not set.</summary>
    public static string? ClusterConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether this runs in CI, where PostgreSQL tests must not be skipped.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a fresh database in the cluster.</summary>
    public static async Task<TestPostgres> CreateAsync()
    {
        var admin = ClusterConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set; in CI the PostgreSQL tests must run (./test.sh starts the cluster and sets it).");
        var database = new TestPostgres(admin, "spinewise_process_" + Guid.NewGuid().ToString("N")[..12]);
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
