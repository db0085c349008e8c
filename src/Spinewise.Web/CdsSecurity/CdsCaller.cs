namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// The EHR behind a CDS Hooks call, from its verified JWT; set by <see cref="CdsHooksTokenFilter"/> as a request feature
/// (<c>HttpContext.Features.Get&lt;CdsCaller&gt;()</c>).
/// </summary>
/// <param name="Issuer">The token's <c>iss</c>, one of the configured issuers.</param>
/// <param name="Tenant">The token's <c>tenant</c>, when it carried one.</param>
/// <param name="Subject">The token's <c>sub</c>, when it carried one.</param>
/// <param name="TokenId">The token's <c>jti</c>.</param>
/// <param name="Verified"><see langword="false"/> only when verification is off (Development); the other values are then empty.</param>
internal sealed record CdsCaller(string Issuer, string? Tenant, string? Subject, string? TokenId, bool Verified)
{
    /// <summary>The caller of every request while <c>Spinewise:CdsHooks:VerifyTokens</c> is off.</summary>
    public static CdsCaller Unverified { get; } = new("", null, null, null, Verified: false);
}
