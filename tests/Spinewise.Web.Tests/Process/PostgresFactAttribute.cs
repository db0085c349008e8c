namespace Spinewise.Web.Tests.Process;

/// <summary>
/// A test that needs the test PostgreSQL cluster (<see cref="TestPostgres.Variable"/>). Skipped locally when it is
/// not set; in CI (<c>CI=true</c>) it runs regardless, and fails there when the variable is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the cluster is absent outside CI.</summary>
    public PostgresFactAttribute()
    {
        if (TestPostgres.ClusterConnectionString is null && !TestPostgres.InCi)
        {
            Skip = $"{TestPostgres.Variable} is not set (./test.sh starts a throw-away PostgreSQL cluster and sets it).";
        }
    }
}
