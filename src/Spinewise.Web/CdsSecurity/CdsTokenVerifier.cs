using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Spinewise.Persistence;

namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// Verifies the JWT of one CDS Hooks call (CDS Hooks 2.0 §Trusting CDS Clients): <c>alg</c> ES384 or RS384, a trusted
/// <c>iss</c> (and <c>tenant</c> when configured), the signature against that issuer's key by <c>kid</c> (or the keys
/// of an allow-listed <c>jku</c>), <c>aud</c> equal to the endpoint URL, <c>exp</c>/<c>nbf</c>/<c>iat</c> within the
/// clock skew, an optional maximum lifetime, and a <c>jti</c> not seen before (recorded in <see cref="ITokenIdStore"/>).
/// </summary>
internal sealed class CdsTokenVerifier(IOptions<CdsHooksSecurityOptions> options, JwksCache keys, IServiceProvider services, TimeProvider time)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSha384];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<CdsTokenVerification> VerifyAsync(string? authorization, string audience, CancellationToken cancellationToken)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == Scheme.Length)
        {
            return Refused(CdsTokenFailure.Missing, "no Authorization: Bearer header");
        }

        var raw = authorization[Scheme.Length..].Trim();
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(raw);
        }
        catch (ArgumentException ex)
        {
            return Refused(CdsTokenFailure.Malformed, $"not a compact JWS ({ex.GetType().Name})");
        }

        if (token.IsEncrypted || !Algorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return Refused(CdsTokenFailure.Algorithm, $"alg '{Clip(token.Alg)}' is not ES384 or RS384");
        }

        if (!string.IsNullOrEmpty(token.Typ) && !string.Equals(token.Typ, "JWT", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(CdsTokenFailure.Type, $"typ '{Clip(token.Typ)}' is not JWT");
        }

        var settings = options.Value;
        var issuer = settings.Issuers.FirstOrDefault(i => string.Equals(i.Issuer, token.Issuer, StringComparison.Ordinal));
        if (issuer is null)
        {
            return Refused(CdsTokenFailure.Issuer, $"iss '{Clip(token.Issuer)}' is not a trusted issuer");
        }

        var tenant = token.TryGetPayloadValue<string>("tenant", out var t) ? t : null;
        // The entry for this tenant, else the issuer's entry without a tenant.
        issuer = settings.Issuers.FirstOrDefault(i => i.Issuer == token.Issuer && tenant is not null && i.Tenant == tenant)
            ?? settings.Issuers.FirstOrDefault(i => i.Issuer == token.Issuer && i.Tenant is null);
        if (issuer is null)
        {
            return Refused(CdsTokenFailure.Tenant, $"tenant '{Clip(tenant)}' is not trusted for iss '{Clip(token.Issuer)}'");
        }

        var key = await FindKeyAsync(token, issuer, cancellationToken).ConfigureAwait(false);
        if (key.Failure is { } failure)
        {
            return failure;
        }

        var now = time.GetUtcNow();
        var result = await _handler.ValidateTokenAsync(raw, Parameters(token.Issuer, audience, key.Key!)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return Classify(result.Exception, token, audience);
        }

        if (CdsTokenTimes.Check(token, now, settings) is { } late)
        {
            return late;
        }

        CdsTokenTimes.TryGet(token, JwtRegisteredClaimNames.Exp, out var expires);
        var jti = token.Id;
        if (string.IsNullOrEmpty(jti))
        {
            return Refused(CdsTokenFailure.TokenId, "jti is missing");
        }

        var store = services.GetRequiredService<ITokenIdStore>();
        if (!await store.TryAddAsync(token.Issuer, jti, expires + settings.ClockSkew, cancellationToken).ConfigureAwait(false))
        {
            return Refused(CdsTokenFailure.Replay, $"jti '{Clip(jti)}' of iss '{token.Issuer}' was seen before");
        }

        var subject = string.IsNullOrEmpty(token.Subject) ? null : token.Subject;
        return CdsTokenVerification.Accepted(new CdsCaller(token.Issuer, tenant, subject, jti, Verified: true));
    }

    private async Task<(JsonWebKey? Key, CdsTokenVerification? Failure)> FindKeyAsync(JsonWebToken token, CdsIssuerOptions issuer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Kid))
        {
            return (null, Refused(CdsTokenFailure.UnknownKey, "the header has no kid"));
        }

        string location;
        var isFile = false;
        if (token.TryGetHeaderValue<string>("jku", out var jku))
        {
            if (!issuer.JkuAllowList.Contains(jku, StringComparer.Ordinal))
            {
                return (null, Refused(CdsTokenFailure.Jku, $"jku '{Clip(jku)}' is not on the allow list of iss '{issuer.Issuer}'"));
            }

            location = jku;
        }
        else if (!string.IsNullOrEmpty(issuer.JwksUrl))
        {
            location = issuer.JwksUrl;
        }
        else
        {
            location = issuer.JwksFile!;
            isFile = true;
        }

        var (key, unavailable) = await keys.FindAsync(location, isFile, token.Kid, cancellationToken).ConfigureAwait(false);
        if (unavailable)
        {
            return (null, Refused(CdsTokenFailure.KeysUnavailable, $"the JWK Set of iss '{issuer.Issuer}' is unavailable"));
        }

        if (key is null)
        {
            return (null, Refused(CdsTokenFailure.UnknownKey, $"kid '{Clip(token.Kid)}' is not in the JWK Set of iss '{issuer.Issuer}'"));
        }

        return JwksDocument.Fits(key, token.Alg)
            ? (key, null)
            : (null, Refused(CdsTokenFailure.KeyType, $"key '{key.Kid}' ({key.Kty} {key.Crv}) does not fit alg {token.Alg}"));
    }

    private static TokenValidationParameters Parameters(string issuer, string audience, JsonWebKey key) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        IgnoreTrailingSlashWhenValidatingAudience = false,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireAudience = true,

        // exp, nbf and iat are checked against the injected clock by CdsTokenTimes.
        ValidateLifetime = false,
    };

    private static CdsTokenVerification Classify(Exception? exception, JsonWebToken token, string audience) => exception switch
    {
        SecurityTokenInvalidAudienceException => Refused(CdsTokenFailure.Audience, $"aud '{Clip(string.Join(" ", token.Audiences))}' is not '{audience}'"),
        SecurityTokenExpiredException or SecurityTokenNoExpirationException => Refused(CdsTokenFailure.Expired, "exp is missing or past"),
        SecurityTokenNotYetValidException => Refused(CdsTokenFailure.NotYetValid, "nbf is in the future"),
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => Refused(CdsTokenFailure.Signature, "the signature does not verify"),
        SecurityTokenInvalidIssuerException => Refused(CdsTokenFailure.Issuer, "iss does not match"),
        SecurityTokenInvalidAlgorithmException => Refused(CdsTokenFailure.Algorithm, "alg is not allowed"),
        SecurityTokenMalformedException => Refused(CdsTokenFailure.Malformed, "the token cannot be read"),
        _ => Refused(CdsTokenFailure.Invalid, exception?.GetType().Name ?? "invalid"),
    };

    private static CdsTokenVerification Refused(CdsTokenFailure failure, string reason) => CdsTokenVerification.Refused(failure, reason);

    /// <summary>A value from the token as it may be logged: at most 200 characters, control characters replaced (no forged log lines).</summary>
    private static string Clip(string? value)
    {
        if (value is null)
        {
            return "";
        }

        var clipped = value.Length <= 200 ? value : value[..200] + "…";
        return clipped.Any(char.IsControl) ? new string([.. clipped.Select(c => char.IsControl(c) ? '?' : c)]) : clipped;
    }
}
