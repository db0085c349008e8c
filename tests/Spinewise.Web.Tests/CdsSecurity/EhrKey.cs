using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>A signing key of a test EHR, generated in the test (ES384 on P-384, or RS384 on RSA-2048), and its public JWK.</summary>
public sealed class EhrKey : IDisposable
{
    private readonly AsymmetricAlgorithm _algorithm;

    private EhrKey(AsymmetricAlgorithm algorithm, SecurityKey key, string alg, JsonWebKey publicJwk)
    {
        _algorithm = algorithm;
        SecurityKey = key;
        Alg = alg;
        PublicJwk = publicJwk;
    }

    /// <summary>The private key, for signing.</summary>
    public SecurityKey SecurityKey { get; }

    /// <summary>The algorithm this key signs with.</summary>
    public string Alg { get; }

    public string Kid => SecurityKey.KeyId;

    /// <summary>The public half as a JWK (no private parameters).</summary>
    public JsonWebKey PublicJwk { get; }

    public static EhrKey Es384(string? kid = null)
    {
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var key = new ECDsaSecurityKey(ecdsa) { KeyId = kid ?? "es-" + Guid.NewGuid().ToString("N")[..8] };
        var p = ecdsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.EllipticCurve,
            Crv = JsonWebKeyECTypes.P384,
            X = Base64UrlEncoder.Encode(p.Q.X),
            Y = Base64UrlEncoder.Encode(p.Q.Y),
            Kid = key.KeyId,
            Use = "sig",
            Alg = SecurityAlgorithms.EcdsaSha384,
        };
        return new EhrKey(ecdsa, key, SecurityAlgorithms.EcdsaSha384, jwk);
    }

    public static EhrKey Rs384(string? kid = null)
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = kid ?? "rs-" + Guid.NewGuid().ToString("N")[..8] };
        var p = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.RSA,
            N = Base64UrlEncoder.Encode(p.Modulus),
            E = Base64UrlEncoder.Encode(p.Exponent),
            Kid = key.KeyId,
            Use = "sig",
        };
        return new EhrKey(rsa, key, SecurityAlgorithms.RsaSha384, jwk);
    }

    /// <summary>A JWK Set document holding the public halves of <paramref name="keys"/>.</summary>
    public static string JwksJson(params EhrKey[] keys) =>
        JsonSerializer.Serialize(new
        {
            keys = keys.Select(k => k.PublicJwk.Kty == JsonWebAlgorithmsKeyTypes.EllipticCurve
                ? (object)new { kty = k.PublicJwk.Kty, crv = k.PublicJwk.Crv, x = k.PublicJwk.X, y = k.PublicJwk.Y, kid = k.Kid, use = "sig", alg = k.Alg }
                : new { kty = k.PublicJwk.Kty, n = k.PublicJwk.N, e = k.PublicJwk.E, kid = k.Kid, use = "sig" }),
        });

    public void Dispose() => _algorithm.Dispose();
}
