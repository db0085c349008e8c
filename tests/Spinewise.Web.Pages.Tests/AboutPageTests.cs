using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The about page: knowledge version, sources register (every source link's target), verification tags, limits, integrators.</summary>
[Collection(PageTests.Name)]
public sealed class AboutPageTests(PagesServer server, Browser browser)
{
    private KnowledgeHost Host => server.Services.GetRequiredService<KnowledgeHost>();

    [Fact]
    public async Task About_ShowsTheFullKnowledgeVersion_AndTheFileCount()
    {
        var html = await PageHtml.GetAsync(server, "/about");

        html.ShouldContain("id=\"version\"");
        html.ShouldContain(Host.Version);
        Host.Version.Length.ShouldBe(64);
        html.ShouldContain($"{Host.FileCount} knowledge files");
    }

    [Fact]
    public async Task About_HasAnEntryForEverySource()
    {
        var html = await PageHtml.GetAsync(server, "/about");
        var ids = PageHtml.Ids(html);

        foreach (var source in Host.Knowledge.Sources)
        {
            ids.ShouldContain($"source-{source.Id.Value}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/guidelines/aspn-2022")]
    [InlineData("/guidelines/bmj-2025")]
    [InlineData("/guidelines/nice-ng59")]
    [InlineData("/search?q=stenosis")]
    [InlineData("/conditions/lumbar-spinal-stenosis")]
    public async Task EverySourceLink_PointsToAnEntryOfTheRegister(string path)
    {
        var about = PageHtml.Ids(await PageHtml.GetAsync(server, "/about"));
        var targets = PageHtml.SourceLinkTargets(await PageHtml.GetAsync(server, path));

        targets.ShouldNotBeEmpty($"{path} shows no source link");
        targets.Where(t => !about.Contains("source-" + t)).ShouldBeEmpty($"source links on {path} without an entry on /about");
    }

    [Fact]
    public async Task About_ExplainsTheVerificationTags_TheLimits_AndTheApi()
    {
        var html = await PageHtml.GetAsync(server, "/about");

        html.ShouldContain("id=\"verification\"");
        foreach (var tag in new[] { "secondary", "unverified", "not found in source" })
        {
            html.ShouldContain(tag);
        }

        html.ShouldContain("informs; it does not decide");
        html.ShouldContain("not a substitute for clinical judgement");
        html.ShouldContain("href=\"/scalar\"");
        html.ShouldContain("href=\"/openapi/v1.json\"");
        html.ShouldContain("href=\"/cds-services\"");
    }

    [BrowserFact]
    public async Task About_AtBothWidths_HasNoSeriousAxeViolation()
    {
        await browser.OpenAtBothWidthsAsync(server.Url("/about"), "about");
    }
}
