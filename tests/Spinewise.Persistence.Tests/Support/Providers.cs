namespace Spinewise.Persistence.Tests.Support;

/// <summary>Theory data: every provider the tests can run against (PostgreSQL when its cluster is named, or in CI).</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (PostgresCluster.Enabled)
            {
                data.Add(DatabaseProvider.Postgres);
            }

            return data;
        }
    }
}
