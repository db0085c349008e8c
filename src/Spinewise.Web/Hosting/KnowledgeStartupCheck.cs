using System.Diagnostics;
using Spinewise.Application;

namespace Spinewise.Web.Hosting;

/// <summary>Loads and validates the knowledge once before the host listens; invalid knowledge prints every <c>file:line:column</c> error.</summary>
internal sealed partial class KnowledgeStartupCheck(IServiceProvider services, ILogger<KnowledgeStartupCheck> logger) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var host = services.GetRequiredService<KnowledgeHost>();
            LogLoaded(logger, host.Version[..12], host.Directory, host.FileCount, clock.ElapsedMilliseconds);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge {Version:l} loaded from {Directory:l} ({Files} files) and compiled in {Milliseconds} ms")]
    private static partial void LogLoaded(ILogger logger, string version, string directory, int files, long milliseconds);
}
