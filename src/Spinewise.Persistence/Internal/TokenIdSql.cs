namespace Spinewise.Persistence.Internal;

/// <summary>
/// The statements of the token id stores, the same text for both providers. The insert replaces only an expired row
/// (one not yet swept), so it affects one row when the id is new or stale and none when a live row holds the key.
/// </summary>
internal static class TokenIdSql
{
    public const string Insert =
        "INSERT INTO token_ids (issuer, jti, expires_at) VALUES (@issuer, @jti, @expires_at) " +
        "ON CONFLICT (issuer, jti) DO UPDATE SET expires_at = excluded.expires_at WHERE token_ids.expires_at < @now";

    public const string Sweep = "DELETE FROM token_ids WHERE expires_at < @now";
}
