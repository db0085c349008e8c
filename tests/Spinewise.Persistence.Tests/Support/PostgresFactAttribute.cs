namespace Spinewise.Persistence.Tests.Support;

/// <summary>A fact that needs the PostgreSQL cluster: skipped with the reason when it is not named, unless in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresCluster.Enabled)
        {
            Skip = PostgresCluster.SkipReason;
        }
    }
}
