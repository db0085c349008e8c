using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The start page: two sentences, the search form, the ways in, and a sourced teaser of where guidelines disagree.</summary>
[Collection(PageTests.Name)]
public sealed class HomePageTests(PagesServer server, Browser browser)
{
    [Fact]
    public async Task Home_OffersTheSearchAndEveryWayIn()
    {
        var html = await PageHtml.GetAsync(server, "/");

        html.ShouldContain("<form class=\"search-form\" method=\"get\" action=\"/search\"");
        html.ShouldContain("name=\"q\"");
        foreach (var way in new[] { "/evaluate", "/guidelines", "/interventions", "/evidence", "/decision-aid" })
        {
            html.ShouldContain($"href=\"{way}\"");
        }

        html.ShouldContain("it does not make one");
    }

    [Fact]
    public async Task Home_ShowsWhereGuidelinesDisagree_FromTheKnowledgesConflicts_WithSources()
    {
        var html = await PageHtml.GetAsync(server, "/");
        var kb = server.Services.GetRequiredService<KnowledgeHost>().Knowledge;
        var conflicted = kb.Interventions
            .Where(i => Domain.Conflicts.ConflictDetector.Compare(kb, i.Id).Conflicts.Any(c => c.Kind == Domain.Conflicts.ConflictKind.Direction))
            .ToList();

        conflicted.ShouldNotBeEmpty("the knowledge holds guidelines pointing different ways");
        html.ShouldContain("id=\"disagreements\"");
        html.ShouldContain($"Guidelines point different ways on {conflicted.Count} interventions");
        var teaser = html[html.IndexOf("id=\"disagreements\"", StringComparison.Ordinal)..];
        conflicted.Any(i => teaser.Contains($"href=\"/interventions/{i.Id.Value}\"", StringComparison.Ordinal)).ShouldBeTrue();
        teaser.ShouldContain("class=\"stance stance--against\"");
        teaser.ShouldContain("class=\"stance stance--for\"");
        teaser.ShouldContain("href=\"/about#source-");
        teaser.ShouldContain("href=\"/guidelines/");
    }

    [Fact]
    public async Task Home_ItsStylesheetsAreServed()
    {
        var html = await PageHtml.GetAsync(server, "/");
        var sheets = System.Text.RegularExpressions.Regex.Matches(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        using var client = server.CreateClient();

        sheets.Count.ShouldBe(2);
        foreach (var sheet in sheets)
        {
            using var response = await client.GetAsync(sheet);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, sheet);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        }
    }

    [BrowserFact]
    public async Task Home_AtBothWidths_HasNoSeriousAxeViolation()
    {
        var page = await browser.OpenAtBothWidthsAsync(server.Url("/"), "home");

        (await page.TitleAsync()).ShouldBe("Spinewise");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Spinewise");
    }
}

/// <summary>Fetching a page's HTML over the real socket, asserting its status.</summary>
internal static class PageHtml
{
    public static async Task<string> GetAsync(PagesServer server, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"GET {path}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        return html;
    }

    /// <summary>Text as Razor encodes it (the default HTML encoder: non-ASCII as character references).</summary>
    public static string Encode(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    /// <summary>The document ids of every source link (<c>/about#source-{id}</c>) in the HTML.</summary>
    public static IReadOnlyList<string> SourceLinkTargets(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "href=\"/about#source-([^\"]+)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every element id in the HTML.</summary>
    public static HashSet<string> Ids(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, " id=\"([^\"]+)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
}
