using Microsoft.IdentityModel.Tokens;

namespace Spinewise.Web.CdsSecurity;

/// <summary>Reads a JWK Set document into the signing keys a CDS Hooks token may name: EC and RSA keys that carry a <c>kid</c>.</summary>
internal static class JwksDocument
{
    /// <summary>The keys by <c>kid</c>, or a message saying why the document is unusable.</summary>
    public static (IReadOnlyDictionary<string, JsonWebKey>? Keys, string? Problem) Parse(string json)
    {
        JsonWebKeySet set;
        try
        {
            set = new JsonWebKeySet(json);
        }
        catch (ArgumentException ex)
        {
            return (null, $"it is not a JWK Set document ({ex.GetType().Name})");
        }

        var keys = new Dictionary<string, JsonWebKey>(StringComparer.Ordinal);
        foreach (var key in set.Keys)
        {
            if (!string.IsNullOrEmpty(key.D) || !string.IsNullOrEmpty(key.K))
            {
                return (null, $"key '{key.Kid}' holds private or symmetric key material; publish only public keys");
            }

            if (string.IsNullOrEmpty(key.Kid) || key.Kty is not (JsonWebAlgorithmsKeyTypes.EllipticCurve or JsonWebAlgorithmsKeyTypes.RSA))
            {
                continue;
            }

            keys.TryAdd(key.Kid, key);
        }

        return (keys, null);
    }

    /// <summary>Whether <paramref name="key"/> may verify a token signed with <paramref name="algorithm"/> (ES384 or RS384).</summary>
    public static bool Fits(JsonWebKey key, string algorithm)
    {
        if (!string.IsNullOrEmpty(key.Use) && key.Use != JsonWebKeyUseNames.Sig)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(key.Alg) && key.Alg != algorithm)
        {
            return false;
        }

        return algorithm switch
        {
            SecurityAlgorithms.EcdsaSha384 => key.Kty == JsonWebAlgorithmsKeyTypes.EllipticCurve && key.Crv == JsonWebKeyECTypes.P384,
            SecurityAlgorithms.RsaSha384 => key.Kty == JsonWebAlgorithmsKeyTypes.RSA,
            _ => false,
        };
    }
}
