namespace Spinewise.Web.CdsSecurity;

/// <summary>One trusted EHR: <c>Spinewise:CdsHooks:Issuers:N:…</c>.</summary>
internal sealed class CdsIssuerOptions
{
    /// <summary>The <c>iss</c> its tokens carry, compared exactly.</summary>
    public string? Issuer { get; set; }

    /// <summary>The URL of its JWK Set (https, or http on a loopback address); exactly one of this and <see cref="JwksFile"/>.</summary>
    public string? JwksUrl { get; set; }

    /// <summary>A local JWK Set document, read at start (closed networks, tests).</summary>
    public string? JwksFile { get; set; }

    /// <summary>When set, the token's <c>tenant</c> claim must equal it.</summary>
    public string? Tenant { get; set; }

    /// <summary>JWK Set URLs a token's <c>jku</c> header may name; a <c>jku</c> not listed here is refused.</summary>
    public List<string> JkuAllowList { get; set; } = [];
}
