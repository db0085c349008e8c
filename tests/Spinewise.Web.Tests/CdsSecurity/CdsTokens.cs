using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>
/// Mints CDS Hooks JWTs as an EHR would (CDS Hooks 2.0 §Trusting CDS Clients): header alg/typ/kid, payload
/// iss/aud/exp/iat/jti. <see cref="Claims"/> starts with a valid payload that a test changes before <see cref="Sign"/>.
/// </summary>
public sealed class CdsTokens
{
    public const string Issuer = "https://ehr.example.org";
    public const string Audience = "http://localhost/cds-services/order-select";

    public CdsTokens(DateTimeOffset? now = null)
    {
        var at = (now ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        Claims = new Dictionary<string, object?>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["iat"] = at,
            ["exp"] = at + 300,
            ["jti"] = Guid.NewGuid().ToString(),
        };
    }

    /// <summary>The payload; set a value to <see langword="null"/> to leave the claim out.</summary>
    public Dictionary<string, object?> Claims { get; }

    /// <summary>Extra header parameters (jku, typ …).</summary>
    public Dictionary<string, object> Header { get; } = [];

    public CdsTokens With(string claim, object? value)
    {
        Claims[claim] = value;
        return this;
    }

    public CdsTokens WithHeader(string name, object value)
    {
        Header[name] = value;
        return this;
    }

    /// <summary>Signs with <paramref name="key"/> using <paramref name="alg"/> (the key's own algorithm unless given).</summary>
    public string Sign(SecurityKey key, string alg) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(Payload(), new SigningCredentials(key, alg), Header);

    public string Sign(EhrKey key) => Sign(key.SecurityKey, key.Alg);

    /// <summary>An unsigned token (<c>alg: none</c>), built by hand since the library refuses to make one.</summary>
    public string WithAlgNone(string kid)
    {
        var header = JsonSerializer.Serialize(new Dictionary<string, object>(Header) { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid });
        return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header)) + "." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(Payload())) + ".";
    }

    private string Payload() => JsonSerializer.Serialize(Claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value));
}
