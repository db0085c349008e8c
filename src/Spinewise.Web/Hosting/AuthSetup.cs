using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Spinewise.Web.Hosting;

/// <summary>
/// Stored evaluations hold patient data. With <c>Spinewise:Auth:Authority</c> set, evaluating, reading and replaying
/// them needs a valid JWT bearer token from that authority for <c>Spinewise:Auth:Audience</c>; without it the policy
/// lets every caller through and <see cref="LoopbackRule"/> keeps the host on loopback. Everything is decided from
/// the options when they are first used, so configuration from any source (tests included) applies.
/// </summary>
internal static class AuthSetup
{
    /// <summary>The policy of every endpoint that writes or reads the audit trail.</summary>
    public const string StoredEvaluations = "stored-evaluations";

    public static void AddSpinewiseAuth(this IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<SpinewiseWebOptions>>((jwt, options) =>
            {
                var auth = options.Value.Auth;
                jwt.Authority = auth.Authority;
                jwt.Audience = auth.Audience;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.ValidateAudience = true;
                jwt.TokenValidationParameters.ValidateLifetime = true;
            });
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>()
            .Configure<IOptions<SpinewiseWebOptions>>((authorization, options) =>
                authorization.AddPolicy(StoredEvaluations, policy =>
                {
                    if (options.Value.Auth.Enabled)
                    {
                        policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();
                    }
                    else
                    {
                        policy.RequireAssertion(_ => true);
                    }
                }));
    }
}
