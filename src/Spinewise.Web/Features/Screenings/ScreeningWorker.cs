using System.Globalization;
using Microsoft.Extensions.Options;
using Spinewise.Persistence.Screening;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Features.Screenings;

/// <summary>
/// This replica's share of the screening queue (ADR 016): every poll (or when a job was queued here) it fails the jobs
/// whose lease expired, then claims queued jobs up to <c>Spinewise:Screening:Concurrency</c> and runs each on the thread
/// pool. On shutdown the running jobs stop and go back to the queue. Off when screening is not enabled or the
/// concurrency is 0.
/// </summary>
internal sealed partial class ScreeningWorker(
    IServiceProvider services, IOptions<SpinewiseWebOptions> options, ScreeningWake wake, TimeProvider time, ILogger<ScreeningWorker> logger) : BackgroundService
{
    /// <summary>This replica's name in the <c>owner</c> column: host, process and a random part (a restarted process is another owner).</summary>
    public string Owner { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}")[..^24];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Screening;
        if (!settings.Enabled || settings.Concurrency == 0)
        {
            return;
        }

        var store = services.GetRequiredService<IScreeningJobStore>();
        var runner = services.GetRequiredService<ScreeningJobRunner>();
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            var woken = wake.Next;
            try
            {
                foreach (var expired in await store.ExpireLeasesAsync(stoppingToken).ConfigureAwait(false))
                {
                    LogExpired(logger, expired.Id);
                    DeleteTemporaryFolders(expired.Report);
                }

                while (running.Count < settings.Concurrency && await store.TryClaimAsync(Owner, settings.Lease, stoppingToken).ConfigureAwait(false) is { } job)
                {
                    running.Add(Task.Run(() => runner.RunAsync(job, Owner, stoppingToken), CancellationToken.None));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogQueueFailed(logger, ex);
            }

            try
            {
                await Task.WhenAny([woken, Task.Delay(settings.Poll, time, stoppingToken), .. running]).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    /// <summary>Deletes what a dead replica's writer left beside the report folder (<c>.ID.partial-PID-RANDOM</c>); a report is never half-written.</summary>
    private void DeleteTemporaryFolders(string report)
    {
        var parent = Path.GetDirectoryName(report)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(report)}.partial-*"))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogCleanupFailed(logger, folder, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the temporary folder {Folder:l} of a failed screening job")]
    private static partial void LogCleanupFailed(ILogger logger, string folder, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening job {Id} failed: its replica stopped renewing its lease")]
    private static partial void LogExpired(ILogger logger, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking at the screening queue failed; trying again at the next poll")]
    private static partial void LogQueueFailed(ILogger logger, Exception exception);
}
