using Spinewise.Application;

namespace Spinewise.Web.Hosting;

/// <summary>Loads and validates the knowledge once before the host listens; invalid knowledge prints every <c>file:line:column</c> error.</summary>
internal sealed class KnowledgeStartupCheck(IServiceProvider services) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<KnowledgeHost>();
            return true;
        }
        catch (KnowledgeLoadException ex)
        {
            await error.WriteLineAsync($"The knowledge in {ex.Directory} is invalid ({ex.Diagnostics.Count} error{(ex.Diagnostics.Count == 1 ? "" : "s")}):").ConfigureAwait(false);
            foreach (var diagnostic in ex.Diagnostics)
            {
                await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }

            await error.WriteLineAsync("The host did not start. Run 'spinewise kb validate --knowledge <folder>' for a summary.").ConfigureAwait(false);
            return false;
        }
    }
}
