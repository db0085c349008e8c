using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Web.Tests.Process;

/// <summary>A throw-away database on the test PostgreSQL cluster (<see cref="PostgresCluster"/>), dropped on dispose.</summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    private TestPostgres(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a fresh database on the cluster; fails when the cluster is not named (as in CI without it).</summary>
    public static async Task<TestPostgres> CreateAsync()
    {
        var name = "process_" + Guid.NewGuid().ToString("N");
        return new TestPostgres(name, await PostgresCluster.CreateDatabaseAsync(name));
    }

    public async ValueTask DisposeAsync() => await PostgresCluster.DropDatabaseAsync(Name);
}
