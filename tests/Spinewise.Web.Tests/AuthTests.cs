using System.Net;
using System.Net.Http.Headers;

namespace Spinewise.Web.Tests;

public sealed class AuthTests(AuthTests.Fixture fixture) : IClassFixture<AuthTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new(
            new Dictionary<string, string?>(TestTokens.Settings) { ["urls"] = "http://0.0.0.0:5998" },
            TestTokens.TrustTestKey);

        public void Dispose() => Factory.Dispose();
    }

    private HttpClient Client(string? token)
    {
        var client = fixture.Factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    [Fact]
    public async Task StoredEvaluation_ValidToken_200()
    {
        var client = Client(TestTokens.Mint());
        var id = (await (await client.PostJson("/api/evaluate", Http.StenosisCase)).Json()).GetProperty("evaluationId").GetString();

        (await client.Get($"/api/evaluations/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Get("/api/evaluations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync(Http.Path($"/api/evaluations/{id}/replay"), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string, string?> Refused => new()
    {
        { "missing", null },
        { "expired", TestTokens.Mint(expires: DateTime.UtcNow.AddHours(-1)) },
        { "other audience", TestTokens.Mint(audience: "another-api") },
        { "garbage", "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task StoredEvaluations_TokenRefused_401(string why, string? token)
    {
        var client = Client(token);

        var responses = new[]
        {
            await client.Get($"/api/evaluations/{Guid.CreateVersion7()}"),
            await client.Get("/api/evaluations"),
            await client.PostAsync(Http.Path($"/api/evaluations/{Guid.CreateVersion7()}/replay"), null),
            await client.PostJson("/api/evaluate", Http.StenosisCase),
        };

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized, why);
    }

    [Fact]
    public async Task Knowledge_NoToken_200()
    {
        (await Client(null).Get("/api/guidelines")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_WithAuthority_DescribesBearer()
    {
        var document = await (await Client(null).Get("/openapi/v1.json")).Json();

        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
    }
}
