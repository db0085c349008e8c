namespace Spinewise.Persistence;

/// <summary>
/// The JWT ids (<c>jti</c>) already accepted, per issuer, kept until the token expires (table <c>token_ids</c>), so a
/// token cannot be replayed within its lifetime. Every call goes to the database: replicas over one PostgreSQL database
/// (or processes over one SQLite file) see each other's ids.
/// </summary>
public interface ITokenIdStore : IAsyncDisposable
{
    /// <summary>The provider behind this store.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>
    /// Records a token id unless it is recorded already and not yet expired; safe for concurrent callers and replicas
    /// (the primary key <c>(issuer, jti)</c> decides). The task completes once the id is committed durably.
    /// </summary>
    /// <param name="issuer">The token's <c>iss</c>.</param>
    /// <param name="tokenId">The token's <c>jti</c>.</param>
    /// <param name="expiresAt">The token's <c>exp</c>; the id may be forgotten after it.</param>
    /// <param name="cancellationToken">Cancels the wait (the id may still be recorded).</param>
    /// <returns><see langword="true"/> when this call recorded the id; <see langword="false"/> when it was seen before (a replay).</returns>
    Task<bool> TryAddAsync(string issuer, string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Deletes the ids whose token has expired.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many ids were deleted.</returns>
    Task<int> SweepAsync(CancellationToken cancellationToken = default);
}
