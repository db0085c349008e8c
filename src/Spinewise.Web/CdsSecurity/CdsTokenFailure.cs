namespace Spinewise.Web.CdsSecurity;

/// <summary>Why a CDS Hooks token was refused; logged (never the token itself) and answered with 401.</summary>
internal enum CdsTokenFailure
{
    /// <summary>No <c>Authorization: Bearer …</c> header.</summary>
    Missing,

    /// <summary>Not a compact JWS with a JSON header and payload.</summary>
    Malformed,

    /// <summary><c>alg</c> is not ES384 or RS384 (so also <c>none</c> and every HS*).</summary>
    Algorithm,

    /// <summary><c>typ</c> is present and is not <c>JWT</c>.</summary>
    Type,

    /// <summary><c>iss</c> is missing or not a configured issuer.</summary>
    Issuer,

    /// <summary>The issuer is configured with a tenant and the token's <c>tenant</c> differs.</summary>
    Tenant,

    /// <summary>A <c>jku</c> header that is not on the issuer's allow list.</summary>
    Jku,

    /// <summary>No <c>kid</c>, or no key with that <c>kid</c> in the issuer's JWK Set (after a refresh).</summary>
    UnknownKey,

    /// <summary>The key found does not fit <c>alg</c> (an RSA key with ES384, a P-256 key, a symmetric key …).</summary>
    KeyType,

    /// <summary>The issuer's JWK Set could not be fetched or read.</summary>
    KeysUnavailable,

    /// <summary>The signature does not verify.</summary>
    Signature,

    /// <summary><c>aud</c> is not the URL of the endpoint called.</summary>
    Audience,

    /// <summary><c>exp</c> is missing or past.</summary>
    Expired,

    /// <summary><c>nbf</c> is in the future.</summary>
    NotYetValid,

    /// <summary><c>iat</c> is missing or in the future.</summary>
    IssuedAt,

    /// <summary><c>exp</c> − <c>iat</c> exceeds <c>Spinewise:CdsHooks:MaxTokenLifetime</c>.</summary>
    Lifetime,

    /// <summary><c>jti</c> is missing.</summary>
    TokenId,

    /// <summary>The <c>jti</c> was accepted before: a replay.</summary>
    Replay,

    /// <summary>Any other validation failure the token library reports.</summary>
    Invalid,
}
