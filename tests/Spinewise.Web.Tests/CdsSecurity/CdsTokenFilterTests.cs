using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>The token filter on a CDS service route: a valid ES384 or RS384 token passes, and each failure mode is a 401 with its own logged reason.</summary>
public sealed class CdsTokenFilterTests : IDisposable
{
    private readonly TrustedEhr _ehr = new();

    [Fact]
    public async Task Call_ValidEs384Token_RunsEndpointWithCaller()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var tokens = new CdsTokens().With("sub", "cds-client-7").With("tenant", "clinic-a");

        using var response = await host.PostAsync(tokens.Sign(_ehr.Es));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var caller = await response.Content.ReadFromJsonAsync<CallerBody>();
        caller.ShouldBe(new CallerBody(CdsTokens.Issuer, "clinic-a", "cds-client-7", (string)tokens.Claims["jti"]!, true));
        host.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Call_ValidRs384Token_RunsEndpoint()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().Sign(_ehr.Rs));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Call_EpicStyleTokenWithSubNbfAnd15MinuteLifetime_Accepted()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var tokens = new CdsTokens().With("sub", "epic-client").With("nbf", now - 300).With("exp", now + 900).With("aud", new[] { CdsTokens.Audience });

        using var response = await host.PostAsync(tokens.Sign(_ehr.Rs));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<CallerBody>())!.Subject.ShouldBe("epic-client");
    }

    [Fact]
    public async Task Call_ExpiredWithinClockSkew_Accepted()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await host.PostAsync(new CdsTokens().With("iat", now - 300).With("exp", now - 10).Sign(_ehr.Es));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Call_FractionalNumericDates_Accepted()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await host.PostAsync(new CdsTokens().With("iat", now - 0.5).With("exp", now + 300.25).Sign(_ehr.Es));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Call_NoAuthorizationHeader_401WithoutErrorCode()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(null);

        await ShouldBeRefused(host, response, "Missing");
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"cds-hooks\"");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJFUzM4NCJ9.e30")]
    [InlineData("a.b.c")]
    public async Task Call_MalformedToken_401(string token)
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(token);

        await ShouldBeRefused(host, response, "Malformed");
    }

    [Fact]
    public async Task Call_SignedByAnotherKeyWithTheTrustedKid_401Signature()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        using var impostor = EhrKey.Es384(_ehr.Es.Kid);

        using var response = await host.PostAsync(new CdsTokens().Sign(impostor));

        await ShouldBeRefused(host, response, "Signature");
    }

    [Fact]
    public async Task Call_TamperedPayload_401Signature()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var parts = new CdsTokens().Sign(_ehr.Es).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"exp\":", "\"sub\":\"x\",\"exp\":", StringComparison.Ordinal);

        using var response = await host.PostAsync($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}");

        await ShouldBeRefused(host, response, "Signature");
    }

    [Fact]
    public async Task Call_UnknownKid_401UnknownKey()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        using var other = EhrKey.Es384("not-published");

        using var response = await host.PostAsync(new CdsTokens().Sign(other));

        await ShouldBeRefused(host, response, "UnknownKey");
    }

    [Fact]
    public async Task Call_AlgNone_401Algorithm()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().WithAlgNone(_ehr.Es.Kid));

        await ShouldBeRefused(host, response, "Algorithm");
    }

    [Fact]
    public async Task Call_Hs256WithThePublicJwksAsSecret_401Algorithm()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(File.ReadAllText(_ehr.JwksFile))) { KeyId = _ehr.Rs.Kid };

        using var response = await host.PostAsync(new CdsTokens().Sign(secret, SecurityAlgorithms.HmacSha256));

        await ShouldBeRefused(host, response, "Algorithm");
    }

    [Fact]
    public async Task Call_Es256_401Algorithm()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        using var p256 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

        using var response = await host.PostAsync(new CdsTokens().Sign(new ECDsaSecurityKey(p256) { KeyId = _ehr.Es.Kid }, SecurityAlgorithms.EcdsaSha256));

        await ShouldBeRefused(host, response, "Algorithm");
    }

    [Fact]
    public async Task Call_RsaKidWithEs384_401KeyType()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        using var attacker = EhrKey.Es384(_ehr.Rs.Kid);

        using var response = await host.PostAsync(new CdsTokens().Sign(attacker));

        await ShouldBeRefused(host, response, "KeyType");
    }

    [Fact]
    public async Task Call_EcKidWithRs384_401KeyType()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        using var attacker = EhrKey.Rs384(_ehr.Es.Kid);

        using var response = await host.PostAsync(new CdsTokens().Sign(attacker));

        await ShouldBeRefused(host, response, "KeyType");
    }

    [Fact]
    public async Task Call_UntrustedIssuer_401Issuer()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().With("iss", "https://other-ehr.example.org").Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "Issuer");
    }

    [Theory]
    [InlineData("http://localhost/cds-services/order-sign")]
    [InlineData("http://localhost/cds-services")]
    [InlineData("http://localhost/cds-services/order-select/")]
    [InlineData("sand_man")]
    public async Task Call_AudienceNotTheEndpointCalled_401Audience(string audience)
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().With("aud", audience).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "Audience");
    }

    [Fact]
    public async Task Call_Expired_401Expired()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await host.PostAsync(new CdsTokens().With("iat", now - 600).With("exp", now - 120).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "Expired");
    }

    [Fact]
    public async Task Call_NoExp_401Expired()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().With("exp", null).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "Expired");
    }

    [Fact]
    public async Task Call_IssuedInTheFuture_401IssuedAt()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await host.PostAsync(new CdsTokens().With("iat", now + 120).With("exp", now + 400).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "IssuedAt");
    }

    [Fact]
    public async Task Call_NotBeforeInTheFuture_401NotYetValid()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().With("nbf", DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 120).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "NotYetValid");
    }

    [Fact]
    public async Task Call_NoJti_401TokenId()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().With("jti", null).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "TokenId");
    }

    [Fact]
    public async Task Call_SameTokenTwice_SecondIs401Replay()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var token = new CdsTokens().Sign(_ehr.Es);
        using var first = await host.PostAsync(token);

        using var second = await host.PostAsync(token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRefused(host, second, "Replay", calls: 1);
    }

    [Fact]
    public async Task Call_JkuNotOnAllowList_401Jku()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());

        using var response = await host.PostAsync(new CdsTokens().WithHeader("jku", "https://attacker.example.net/jwks.json").Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "Jku");
    }

    [Fact]
    public async Task Call_WrongTenant_401Tenant()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings(("Spinewise:CdsHooks:Issuers:0:Tenant", "clinic-a")));

        using var wrong = await host.PostAsync(new CdsTokens().With("tenant", "clinic-b").Sign(_ehr.Es));
        using var right = await host.PostAsync(new CdsTokens().With("tenant", "clinic-a").Sign(_ehr.Es));

        await ShouldBeRefused(host, wrong, "Tenant", calls: 1);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Call_IssuerListedPerTenant_KeysOfThatTenantsEntry()
    {
        // Given one issuer listed without a tenant (the shared keys) and again for clinic-b with its own keys
        using var clinicB = EhrKey.Es384();
        var clinicBJwks = Path.Combine(Path.GetDirectoryName(_ehr.JwksFile)!, "clinic-b.json");
        await File.WriteAllTextAsync(clinicBJwks, EhrKey.JwksJson(clinicB));
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings(
            ("Spinewise:CdsHooks:Issuers:1:Issuer", CdsTokens.Issuer), ("Spinewise:CdsHooks:Issuers:1:Tenant", "clinic-b"), ("Spinewise:CdsHooks:Issuers:1:JwksFile", clinicBJwks)));

        using var ownKeys = await host.PostAsync(new CdsTokens().With("tenant", "clinic-b").Sign(clinicB));
        using var sharedKeys = await host.PostAsync(new CdsTokens().With("tenant", "clinic-c").Sign(_ehr.Es));
        using var otherTenantsKey = await host.PostAsync(new CdsTokens().With("tenant", "clinic-c").Sign(clinicB));

        ownKeys.StatusCode.ShouldBe(HttpStatusCode.OK);
        sharedKeys.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRefused(host, otherTenantsKey, "UnknownKey", calls: 2);
    }

    [Fact]
    public async Task Call_LifetimeAboveMaxTokenLifetime_401Lifetime()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings(("Spinewise:CdsHooks:MaxTokenLifetime", "00:10:00")));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await host.PostAsync(new CdsTokens().With("exp", now + 900).Sign(_ehr.Es));

        await ShouldBeRefused(host, response, "Lifetime");
    }

    [Fact]
    public async Task Feedback_TokenForTheServiceUrl_401AndFeedbackUrl_200()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        const string Feedback = "/cds-services/order-select/feedback";

        using var wrong = await host.PostAsync(new CdsTokens().Sign(_ehr.Es), Feedback);
        using var right = await host.PostAsync(new CdsTokens().With("aud", "http://localhost" + Feedback).Sign(_ehr.Es), Feedback);

        await ShouldBeRefused(host, wrong, "Audience", calls: 1);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Call_BehindProxy_AudienceIsThePublicBaseUrl()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings(("Spinewise:PublicBaseUrl", "https://cds.example.org/spinewise/")));

        using var local = await host.PostAsync(new CdsTokens().Sign(_ehr.Es));
        using var published = await host.PostAsync(new CdsTokens().With("aud", "https://cds.example.org/spinewise/cds-services/order-select").Sign(_ehr.Es));

        await ShouldBeRefused(host, local, "Audience", calls: 1);
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Call_RefusedAndAccepted_TokenNeverLogged()
    {
        await using var host = await CdsTestHost.StartAsync(_ehr.Settings());
        var good = new CdsTokens().Sign(_ehr.Es);
        var bad = new CdsTokens().With("aud", "http://localhost/x").Sign(_ehr.Es);

        (await host.PostAsync(good)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.PostAsync(bad)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        host.Logs.Refusals.ShouldBe(["Audience"]);
        foreach (var token in new[] { good, bad })
        {
            var signature = token.Split('.')[2];
            host.Logs.Entries.ShouldAllBe(e => !e.Message.Contains(signature, StringComparison.Ordinal) && !e.Message.Contains(token.Split('.')[1], StringComparison.Ordinal));
        }
    }

    public void Dispose() => _ehr.Dispose();

    internal static async Task ShouldBeRefused(CdsTestHost host, HttpResponseMessage response, string failure, int calls = 0)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("urn:spinewise:problem:invalid-token");
        if (failure != "Missing")
        {
            response.Headers.WwwAuthenticate.ToString().ShouldContain("error=\"invalid_token\"");
        }

        host.Logs.Refusals.ShouldBe([failure]);
        host.Calls.ShouldBe(calls);
    }

    private sealed record CallerBody(string Issuer, string? Tenant, string? Subject, string? TokenId, bool Verified);
}
