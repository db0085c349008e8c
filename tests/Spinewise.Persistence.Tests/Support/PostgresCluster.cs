using Npgsql;

namespace Spinewise.Persistence.Tests.Support;

/// <summary>
/// The PostgreSQL cluster the tests run against, named by <c>SPINEWISE_TEST_POSTGRES</c> (test.sh starts one with
/// postgres-cluster.sh). Without it the PostgreSQL tests are skipped locally and fail in CI (<c>CI=true</c>).
/// </summary>
internal static class PostgresCluster
{
    public const string Variable = "SPINEWISE_TEST_POSTGRES";

    public const string SkipReason =
        Variable + " is not set, so the PostgreSQL tests are skipped; ./test.sh starts a cluster, or run " +
        "eval \"$(tests/Spinewise.Persistence.Tests/postgres-cluster.sh start)\" before dotnet test.";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the PostgreSQL tests run: when the cluster is named, and always in CI (where a missing one fails them).</summary>
    public static bool Enabled => ConnectionString is not null || InCi;

    /// <summary>Creates a fresh database on the cluster and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, and CI=true requires the PostgreSQL tests to run: start a cluster (test.sh does).");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
