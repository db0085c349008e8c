namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// How CDS Hooks calls are authorised, section <c>Spinewise:CdsHooks</c> (plus <c>Spinewise:PublicBaseUrl</c>): the
/// trusted EHRs and the limits on their JWTs. Checked before the host listens (<see cref="CdsSecurityStartupCheck"/>).
/// </summary>
internal sealed class CdsHooksSecurityOptions
{
    public const string Section = "Spinewise:CdsHooks";
    public const string PublicBaseUrlKey = "Spinewise:PublicBaseUrl";

    /// <summary>The trusted EHRs, one entry per issuer (and tenant); none means every call is refused.</summary>
    public List<CdsIssuerOptions> Issuers { get; set; } = [];

    /// <summary>Leeway for <c>exp</c>, <c>nbf</c> and <c>iat</c> between the EHR's clock and ours; default 30 s, at most 5 min.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest <c>exp</c> − <c>iat</c> accepted; unset, any lifetime (the specification sets none; Epic's example is 15 min).</summary>
    public TimeSpan? MaxTokenLifetime { get; set; }

    /// <summary>Verify every token (default). <see langword="false"/> is allowed in the Development environment only.</summary>
    public bool VerifyTokens { get; set; } = true;

    /// <summary>How long fetching a JWKS document may take; default 5 s.</summary>
    public TimeSpan JwksTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How old a fetched JWKS may be before it is fetched again; default 1 h.</summary>
    public TimeSpan JwksCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The shortest time between two fetches of one JWKS forced by an unknown <c>kid</c>; default 30 s.</summary>
    public TimeSpan JwksMinRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The externally visible URL of the app's root (<c>Spinewise:PublicBaseUrl</c>, e.g. <c>https://cds.example.org</c>);
    /// a token's <c>aud</c> must be it followed by the path called. Unset, the request's own URL is expected.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
