using Spinewise.Web.Features.Evaluations;

namespace Spinewise.Web.Hosting;

/// <summary>Stores the served knowledge version in the audit trail before the host listens (once per version; replicas may race, the store keeps one).</summary>
internal sealed class KnowledgeVersionStartupCheck(IServiceProvider services) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            // resolved here, not injected: the recorder needs the knowledge, which an earlier check validates
            await services.GetRequiredService<EvaluationRecorder>().StoreKnowledgeVersionAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The knowledge version cannot be stored: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
