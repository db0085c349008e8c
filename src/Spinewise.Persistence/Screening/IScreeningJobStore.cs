namespace Spinewise.Persistence.Screening;

/// <summary>
/// The screening jobs in the audit trail's database (table <c>screening_jobs</c>, ADR 016). Every call is one statement
/// on the database, so replicas over one PostgreSQL database (or processes over one SQLite file) share the queue:
/// a job is claimed by one of them only, a cancellation through one reaches the job running on another, and a job whose
/// owner stopped renewing its lease is failed by whichever replica looks first.
/// </summary>
public interface IScreeningJobStore : IAsyncDisposable
{
    /// <summary>Stores a new queued job.</summary>
    /// <param name="job">The job (<see cref="ScreeningJobRecord.Queue"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the job is committed.</returns>
    Task CreateAsync(ScreeningJobRecord job, CancellationToken cancellationToken = default);

    /// <summary>The job, or null when there is none with that id.</summary>
    /// <param name="id">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job or null.</returns>
    Task<ScreeningJobRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The jobs newest first, from <paramref name="cursor"/> on.</summary>
    /// <param name="cursor">Where the page starts (a page's <see cref="ScreeningJobPage.NextCursor"/>), or null for the newest.</param>
    /// <param name="limit">The page size, 1–1000.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<ScreeningJobPage> ListAsync(EvaluationCursor? cursor, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the oldest queued job for <paramref name="owner"/> in one atomic statement (<c>UPDATE … WHERE state =
    /// 'queued'</c>): it becomes running with a lease of <paramref name="lease"/>. Two callers never claim one job.
    /// </summary>
    /// <param name="owner">The replica's id.</param>
    /// <param name="lease">How long the claim holds without a heartbeat.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed job, or null when none is queued.</returns>
    Task<ScreeningJobRecord?> TryClaimAsync(string owner, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Writes the progress of a running job and renews its lease, if <paramref name="owner"/> still holds it.</summary>
    /// <param name="id">The job's id.</param>
    /// <param name="owner">The replica running it.</param>
    /// <param name="progress">How far it is.</param>
    /// <param name="lease">The lease's new length from now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether to carry on, stop as cancelled, or stop because the job is no longer this owner's.</returns>
    Task<ScreeningJobHeartbeat> HeartbeatAsync(Guid id, string owner, ScreeningJobProgress progress, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Ends a running job held by <paramref name="owner"/> as succeeded, failed or cancelled.</summary>
    /// <param name="id">The job's id.</param>
    /// <param name="owner">The replica running it.</param>
    /// <param name="state"><see cref="ScreeningJobState.Succeeded"/>, <see cref="ScreeningJobState.Failed"/> or <see cref="ScreeningJobState.Cancelled"/>.</param>
    /// <param name="progress">The final progress.</param>
    /// <param name="failure">Why it failed, in words (for failed).</param>
    /// <param name="summary">The report's summary.json (for succeeded).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the job was this owner's and running (false: its lease had expired and it was failed).</returns>
    Task<bool> FinishAsync(Guid id, string owner, ScreeningJobState state, ScreeningJobProgress progress, string? failure, byte[]? summary, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a running job held by <paramref name="owner"/> back in the queue (the replica is shutting down); a job whose
    /// cancellation was requested meanwhile becomes cancelled instead.
    /// </summary>
    /// <param name="id">The job's id.</param>
    /// <param name="owner">The replica running it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the job was this owner's and running.</returns>
    Task<bool> RequeueAsync(Guid id, string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Requests the cancellation of a job in one statement: a queued job becomes cancelled at once; a running one is
    /// marked, and its owner (on any replica) stops at its next heartbeat. A finished job is left as it is.
    /// </summary>
    /// <param name="id">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job after the request, or null when there is none with that id.</returns>
    Task<ScreeningJobRecord?> RequestCancelAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Fails every running job whose lease has expired (its replica died or lost the database).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The jobs failed by this call.</returns>
    Task<IReadOnlyList<ScreeningJobRecord>> ExpireLeasesAsync(CancellationToken cancellationToken = default);
}
