using System.Net;

namespace Spinewise.Web.Tests.CdsHooks;

public sealed class CdsCorsTests(CdsHooksFixture fixture) : IClassFixture<CdsHooksFixture>
{
    private static HttpRequestMessage Preflight(string path, string origin) => new(HttpMethod.Options, Http.Path(path))
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "authorization,content-type" },
        },
    };

    [Theory]
    [InlineData("/cds-services/spinewise-order-select")]
    [InlineData("/cds-services/spinewise-patient-view/feedback")]
    public async Task Preflight_AllowedOriginWithoutAuthorization_SucceedsAllowingAuthorizationAndContentType(string path)
    {
        var response = await fixture.Client().SendAsync(Preflight(path, CdsHooksFixture.SandboxOrigin));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([CdsHooksFixture.SandboxOrigin]);
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        headers.ShouldContain("authorization");
        headers.ShouldContain("content-type");
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")).ShouldContain("POST");
    }

    [Fact]
    public async Task Preflight_OtherOrigin_GetsNoAllowOrigin()
    {
        var response = await fixture.Client().SendAsync(Preflight("/cds-services/spinewise-order-select", "https://evil.example"));

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Discovery_FromAllowedOrigin_CarriesAllowOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Http.Path("/cds-services")) { Headers = { { "Origin", CdsHooksFixture.SandboxOrigin } } };

        var response = await fixture.Client().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([CdsHooksFixture.SandboxOrigin]);
    }

    [Fact]
    public async Task RefusedCall_FromAllowedOrigin_StillCarriesAllowOriginSoTheBrowserSeesThe401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Http.Path("/cds-services/spinewise-order-select"))
        {
            Headers = { { "Origin", CdsHooksFixture.SandboxOrigin } },
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await fixture.Client().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([CdsHooksFixture.SandboxOrigin]);
    }
}
