using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Spinewise.Web.Tests;

/// <summary>
/// Bearer tokens minted locally with a symmetric key the test host trusts in place of the authority's published keys,
/// so no request leaves the machine.
/// </summary>
public static class TestTokens
{
    public const string Authority = "https://auth.spinewise.test";
    public const string Audience = "spinewise-api";

    private static readonly SymmetricSecurityKey Key = new(Convert.FromHexString("5b1f0e6a9c3d4e2f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f")) { KeyId = "test" };

    /// <summary>The settings that turn the authority on.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Spinewise:Auth:Authority"] = Authority,
        ["Spinewise:Auth:Audience"] = Audience,
    };

    /// <summary>Makes the host trust <see cref="Key"/> for <see cref="Authority"/> without fetching its metadata.</summary>
    public static void TrustTestKey(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
            configuration.SigningKeys.Add(Key);
            jwt.Configuration = configuration;
            jwt.TokenValidationParameters.ValidIssuer = Authority;
            jwt.TokenValidationParameters.IssuerSigningKey = Key;
        });

    /// <summary>A signed token; by default valid now for an hour, for <see cref="Audience"/>.</summary>
    public static string Mint(string audience = Audience, DateTime? expires = null)
    {
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "clinician-1")]),
            IssuedAt = until.AddHours(-2),
            NotBefore = until.AddHours(-2),
            Expires = until,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
