using Microsoft.IdentityModel.JsonWebTokens;

namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// The time claims of a CDS Hooks token against the injected clock, with <c>ClockSkew</c>: <c>exp</c> required and not
/// past, <c>nbf</c> optional and not in the future, <c>iat</c> required and not in the future, and <c>exp − iat</c>
/// within <c>MaxTokenLifetime</c> when set.
/// </summary>
internal static class CdsTokenTimes
{
    public static CdsTokenVerification? Check(JsonWebToken token, DateTimeOffset now, CdsHooksSecurityOptions settings)
    {
        var skew = settings.ClockSkew;
        if (!TryGet(token, JwtRegisteredClaimNames.Exp, out var exp))
        {
            return CdsTokenVerification.Refused(CdsTokenFailure.Expired, "exp is missing");
        }

        if (exp + skew <= now)
        {
            return CdsTokenVerification.Refused(CdsTokenFailure.Expired, $"exp {exp:O} is past");
        }

        if (token.TryGetPayloadValue<object>(JwtRegisteredClaimNames.Nbf, out _) && (!TryGet(token, JwtRegisteredClaimNames.Nbf, out var nbf) || nbf - skew > now))
        {
            return CdsTokenVerification.Refused(CdsTokenFailure.NotYetValid, "nbf is in the future or not a NumericDate");
        }

        if (!TryGet(token, JwtRegisteredClaimNames.Iat, out var iat) || iat - skew > now)
        {
            return CdsTokenVerification.Refused(CdsTokenFailure.IssuedAt, "iat is missing or in the future");
        }

        var lifetime = exp - iat;
        return settings.MaxTokenLifetime is { } max && lifetime > max
            ? CdsTokenVerification.Refused(CdsTokenFailure.Lifetime, $"lifetime {lifetime} (exp - iat) exceeds Spinewise:CdsHooks:MaxTokenLifetime {max}")
            : null;
    }

    /// <summary>A NumericDate claim (RFC 7519 §2: seconds, possibly fractional).</summary>
    public static bool TryGet(JsonWebToken token, string claim, out DateTimeOffset time)
    {
        if (token.TryGetPayloadValue<long>(claim, out var seconds))
        {
            time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        if (token.TryGetPayloadValue<double>(claim, out var fractional) && double.IsFinite(fractional) && Math.Abs(fractional) < 253402300799)
        {
            time = DateTimeOffset.FromUnixTimeMilliseconds((long)(fractional * 1000));
            return true;
        }

        time = default;
        return false;
    }
}
