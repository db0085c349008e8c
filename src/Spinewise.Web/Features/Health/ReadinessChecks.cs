using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spinewise.Application;
using Spinewise.Persistence;

namespace Spinewise.Web.Features.Health;

/// <summary>Ready: the knowledge is loaded (its version named) and the database answers.</summary>
internal sealed class ReadinessChecks(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        KnowledgeHost host;
        try
        {
            host = services.GetRequiredService<KnowledgeHost>();
        }
        catch (KnowledgeLoadException ex)
        {
            return HealthCheckResult.Unhealthy($"The knowledge is invalid ({ex.Diagnostics.Count} errors).");
        }

        var store = services.GetRequiredService<IEvaluationStore>();
        return await store.PingAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy($"Knowledge {host.Version[..12]} loaded; {store.Provider} database answers.")
            : HealthCheckResult.Unhealthy($"Knowledge {host.Version[..12]} loaded; the {store.Provider} database does not answer.");
    }
}
