using Microsoft.Extensions.Options;
using Spinewise.Persistence;

namespace Spinewise.Web.CdsSecurity;

/// <summary>Deletes the recorded JWT ids whose tokens have expired, once a minute while the host runs.</summary>
internal sealed partial class TokenIdSweeper(IServiceProvider services, IOptions<CdsHooksSecurityOptions> options, TimeProvider time, ILogger<TokenIdSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.VerifyTokens)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var deleted = await services.GetRequiredService<ITokenIdStore>().SweepAsync(stoppingToken).ConfigureAwait(false);
                LogSwept(logger, deleted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Swept {Count} expired JWT ids")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired JWT ids failed; retrying in a minute")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
