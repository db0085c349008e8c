using Spinewise.Web.Features.Evaluations;

namespace Spinewise.Web.Hosting;

/// <summary>Stores the served knowledge version in the audit trail before the host listens (once per version; replicas may race, the store keeps one).</summary>
internal sealed class KnowledgeVersionStartupCheck(EvaluationRecorder recorder) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await recorder.StoreKnowledgeVersionAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The knowledge version cannot be stored: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
