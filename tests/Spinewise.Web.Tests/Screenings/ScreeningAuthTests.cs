using System.Net;
using System.Net.Http.Headers;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>With an authority configured, every screening endpoint needs a valid token, as the audit trail does.</summary>
public sealed class ScreeningAuthTests(ScreeningExportsFixture exports) : IClassFixture<ScreeningExportsFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Screenings_WithAnAuthority_401WithoutAValidTokenAndServedWithOne(bool withToken)
    {
        using var factory = new WebFactory(
            new Dictionary<string, string?>(TestTokens.Settings) { ["urls"] = "http://0.0.0.0:5997", ["Spinewise:Screening:Roots:0"] = exports.Root },
            TestTokens.TrustTestKey);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = withToken ? new AuthenticationHeaderValue("Bearer", TestTokens.Mint()) : null;
        var id = Guid.CreateVersion7();

        var responses = new[]
        {
            await client.PostJson("/api/screenings", "{\"export\": \"/nowhere\"}"),
            await client.Get($"/api/screenings/{id}"),
            await client.Get("/api/screenings"),
            await client.DeleteAsync(Http.Path($"/api/screenings/{id}")),
            await client.Get($"/api/screenings/{id}/files/summary.json"),
        };

        responses.Select(r => r.StatusCode).ShouldBe(withToken
            ? [HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound]
            : Enumerable.Repeat(HttpStatusCode.Unauthorized, 5));
    }
}
