using Microsoft.Extensions.Options;
using Spinewise.Application;
using Spinewise.Application.Screening;
using Spinewise.Fhir.Bulk;
using Spinewise.Persistence.Screening;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Features.Screenings;

/// <summary>
/// Runs one claimed job on the thread pool with <see cref="ScreeningReport"/> (the report as a whole or nothing), writing its
/// progress and renewing its lease every heartbeat; stops when a cancellation is requested (through any replica), when
/// the lease is lost, or on shutdown (then the job goes back to the queue).
/// </summary>
internal sealed partial class ScreeningJobRunner(
    IScreeningJobStore store, KnowledgeHost host, ScreeningRoots roots, IOptions<SpinewiseWebOptions> options, TimeProvider time, ILogger<ScreeningJobRunner> logger)
{
    private enum Stop
    {
        None,
        Cancelled,
        Lost,
    }

    public async Task RunAsync(ScreeningJobRecord job, string owner, CancellationToken stopping)
    {
        var settings = options.Value.Screening;
        var progress = new LatestProgress();
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var beat = new CancellationTokenSource();
        var stop = Stop.None;
        var heartbeat = HeartbeatAsync(job, owner, progress, settings, s => { stop = s; run.Cancel(); }, beat.Token);
        LogStarted(logger, job.Id, job.Attempts);
        var state = ScreeningJobState.Failed;
        string? failure = null;
        byte[]? summary = null;
        try
        {
            if (Prepare(job, out failure) is { } prepared)
            {
                await Task.Run(() => new ScreeningReport(host).Write(prepared.Files, job.Report, prepared.Options, progress, run.Token), run.Token).ConfigureAwait(false);
                summary = await File.ReadAllBytesAsync(Path.Combine(job.Report, "summary.json"), CancellationToken.None).ConfigureAwait(false);
                state = ScreeningJobState.Succeeded;
            }
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            state = ScreeningJobState.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            failure = $"Cannot screen {job.Export}: {ex.Message}; no report was written.";
        }
        catch (Exception ex)
        {
            LogCrashed(logger, job.Id, ex);
            failure = $"An internal error stopped the job ({ex.GetType().Name}; logged by the replica that ran it); no report was written.";
        }
        finally
        {
            await beat.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }

        await EndAsync(job, owner, state == ScreeningJobState.Cancelled ? stop : Stop.None, stopping.IsCancellationRequested, state, progress.Latest, failure, summary).ConfigureAwait(false);
    }

    private async Task EndAsync(ScreeningJobRecord job, string owner, Stop stop, bool shuttingDown, ScreeningJobState state, ScreeningJobProgress progress, string? failure, byte[]? summary)
    {
        try
        {
            if (stop == Stop.Lost)
            {
                LogLost(logger, job.Id);
            }
            else if (state == ScreeningJobState.Cancelled && stop == Stop.None && shuttingDown)
            {
                await store.RequeueAsync(job.Id, owner, CancellationToken.None).ConfigureAwait(false);
                LogRequeued(logger, job.Id);
            }
            else if (await store.FinishAsync(job.Id, owner, state, progress, failure, summary, CancellationToken.None).ConfigureAwait(false))
            {
                LogFinished(logger, job.Id, state, progress.Patients);
            }
            else
            {
                LogLost(logger, job.Id);
                if (state == ScreeningJobState.Succeeded && Directory.Exists(job.Report))
                {
                    Directory.Delete(job.Report, recursive: true); // the job was failed meanwhile: no report beside a failed job
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEndFailed(logger, job.Id, ex); // the lease runs out and another replica fails the job
        }
    }

    private (IReadOnlyList<BulkFile> Files, ScreeningOptions Options)? Prepare(ScreeningJobRecord job, out string? failure)
    {
        failure = null;
        if (!BulkShard.TryParse(job.Shard, out var shard, out var shardError))
        {
            failure = $"The stored shard {shardError}.";
            return null;
        }

        if (roots.Check(job.Export, out var forbidden, out var problem) is not { } export)
        {
            failure = forbidden
                ? $"The export {job.Export} is not inside a folder this replica may read (Spinewise:Screening:Roots differs between replicas?); no report was written."
                : $"{problem!.Message} No report was written.";
            return null;
        }

        if (ScreeningReport.TargetProblem(job.Report) is { } target)
        {
            failure = $"The report folder {target}.";
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(job.Report)!);
        var formats = job.Formats.Split(',');
        return (export.Files, new ScreeningOptions(job.AsOf, shard, formats.Contains("ndjson"), formats.Contains("csv")));
    }

    private async Task HeartbeatAsync(ScreeningJobRecord job, string owner, LatestProgress progress, ScreeningJobOptions settings, Action<Stop> stop, CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(settings.Heartbeat, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false))
            {
                try
                {
                    switch (await store.HeartbeatAsync(job.Id, owner, progress.Latest, settings.Lease, cancellation).ConfigureAwait(false))
                    {
                        case ScreeningJobHeartbeat.CancelRequested:
                            stop(Stop.Cancelled);
                            return;
                        case ScreeningJobHeartbeat.Lost:
                            stop(Stop.Lost);
                            return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHeartbeatFailed(logger, job.Id, ex); // tried again at the next tick; the lease covers a few misses
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // the run ended
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening job {Id} started (attempt {Attempt})")]
    private static partial void LogStarted(ILogger logger, Guid id, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening job {Id} ended {State} ({Patients} patients)")]
    private static partial void LogFinished(ILogger logger, Guid id, ScreeningJobState state, long patients);

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening job {Id} stopped by shutdown and queued again")]
    private static partial void LogRequeued(ILogger logger, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening job {Id} is no longer this replica's (its lease expired); its run was stopped and nothing recorded")]
    private static partial void LogLost(ILogger logger, Guid id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Screening job {Id} failed with an internal error")]
    private static partial void LogCrashed(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening job {Id}: writing progress failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Screening job {Id}: recording its end failed; its lease will expire")]
    private static partial void LogEndFailed(ILogger logger, Guid id, Exception exception);

    /// <summary>The last progress the report writer told, read by the heartbeat.</summary>
    private sealed class LatestProgress : IProgress<ScreeningProgress>
    {
        private readonly Lock _lock = new();
        private ScreeningJobProgress _latest;

        public ScreeningJobProgress Latest
        {
            get
            {
                lock (_lock)
                {
                    return _latest;
                }
            }
        }

        public void Report(ScreeningProgress value)
        {
            lock (_lock)
            {
                _latest = new ScreeningJobProgress(value.BytesRead, value.Bytes, value.Patients, value.Screened);
            }
        }
    }
}
