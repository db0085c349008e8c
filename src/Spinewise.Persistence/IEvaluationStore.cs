namespace Spinewise.Persistence;

/// <summary>
/// The audit trail: every evaluation as it was received and answered, and the content of each knowledge version
/// it was answered on. Every method goes to the database; nothing is cached, so replicas over one database agree.
/// </summary>
public interface IEvaluationStore : IAsyncDisposable
{
    /// <summary>The provider behind this store.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>
    /// Creates the database when missing and applies every migration not yet applied, under a lock (an advisory
    /// lock on PostgreSQL, <c>BEGIN IMMEDIATE</c> on SQLite) so that several processes may start at once. Idempotent.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The schema version after the call.</returns>
    /// <exception cref="InvalidOperationException">The database holds a schema newer than this build knows.</exception>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a knowledge version's packed content unless that version is stored already; safe for concurrent callers.</summary>
    /// <param name="id">The version id (the SHA-256 of the knowledge files, lower-case hexadecimal).</param>
    /// <param name="content">The packed knowledge files.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when this call stored it; <see langword="false"/> when it was there already.</returns>
    Task<bool> EnsureKnowledgeVersionAsync(string id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>A stored knowledge version, or <see langword="null"/> when there is none with this id.</summary>
    /// <param name="id">The version id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<StoredKnowledgeVersion?> GetKnowledgeVersionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an evaluation; when the task completes the record is committed durably (SQLite <c>synchronous=FULL</c>,
    /// PostgreSQL's synchronous commit), so an answer may be sent. Its knowledge version must be stored already.
    /// </summary>
    /// <param name="record">The record; its id and time are the caller's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">The id exists already, or the knowledge version is not stored.</exception>
    Task SaveAsync(EvaluationRecord record, CancellationToken cancellationToken = default);

    /// <summary>A stored evaluation, or <see langword="null"/> when there is none with this id.</summary>
    /// <param name="id">The evaluation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EvaluationRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of stored evaluations, newest first (by time, then id), filtered by case id and time range. Paging is
    /// by key, so pages neither repeat nor skip records while others are being inserted.
    /// </summary>
    /// <param name="query">Filters, the cursor of the page before, and the page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EvaluationPage> ListAsync(EvaluationQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest stored evaluation made at or after <paramref name="since"/> whose CDS Hooks answer holds a card with
    /// this uuid, or <see langword="null"/> when none does. The cards are searched as stored (a scan of the CDS Hooks
    /// answers in the time range, which bounds its cost).
    /// </summary>
    /// <param name="cardUuid">The card's uuid as the answer wrote it.</param>
    /// <param name="since">The earliest evaluation time searched.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Guid?> FindEvaluationByCardAsync(string cardUuid, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Stores CDS Hooks feedback items, all of them or none (one transaction); durable when the task completes.</summary>
    /// <param name="feedback">The items; an <see cref="CdsFeedbackRecord.EvaluationId"/> must name a stored evaluation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">An id exists already, or an evaluation id names no stored evaluation.</exception>
    Task SaveFeedbackAsync(IReadOnlyList<CdsFeedbackRecord> feedback, CancellationToken cancellationToken = default);

    /// <summary>The feedback stored on a card, oldest first.</summary>
    /// <param name="cardUuid">The card's uuid.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<CdsFeedbackRecord>> ListFeedbackAsync(string cardUuid, CancellationToken cancellationToken = default);

    /// <summary>Checks that the database answers (for a readiness probe).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it answered; <see langword="false"/> when it could not be reached.</returns>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
