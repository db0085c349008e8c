using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>What every page shares: the layout, the security headers, HTML error pages.</summary>
[Collection(PageTests.Name)]
public sealed class SmokeTests(PagesServer server, Browser browser)
{
    [Fact]
    public async Task Home_CarriesTheSecurityHeadersAndTheKnowledgeVersion()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
        var html = await response.Content.ReadAsStringAsync();
        var version = ((Spinewise.Application.KnowledgeHost)server.Services.GetService(typeof(Spinewise.Application.KnowledgeHost))!).Version;
        html.ShouldContain(version[..12]);
    }

    [Fact]
    public async Task UnknownPage_IsAnHtml404_WhileUnknownApiPathStaysProblemJson()
    {
        using var client = server.CreateClient();
        using var page = await client.GetAsync("/no-such-page");
        using var api = await client.GetAsync("/api/no-such-thing");

        await page.ShouldBeThe404PageAsync("/no-such-page");
        api.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [BrowserFact]
    public async Task Home_LoadsInTheBrowser_WithoutSeriousAxeViolations()
    {
        var page = await browser.OpenAtBothWidthsAsync(server.Url("/"), "home");

        (await page.TitleAsync()).ShouldBe("Spinewise");
    }
}
