using System.Net;
using Microsoft.Playwright;
using Spinewise.Web.Pages.Guidelines;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The search: grouped results with links, synonyms, any letter case, word starts, clear messages for empty and too-long queries.</summary>
[Collection(PageTests.Name)]
public sealed class SearchPageTests(PagesServer server, Browser browser)
{
    [Fact]
    public async Task Search_Synonym_FindsTheIntervention()
    {
        var html = await PageHtml.GetAsync(server, "/search?q=RFA");

        html.ShouldContain("id=\"results-intervention\"");
        html.ShouldContain("href=\"/interventions/lumbar-rfa\"");
        html.ShouldContain("id=\"results-recommendation\"");
        html.ShouldContain("href=\"/guidelines/aspn-2022#rec-aspn-2022/rfa/");
    }

    [Fact]
    public async Task Search_IsCaseInsensitive()
    {
        var upper = await PageHtml.GetAsync(server, "/search?q=RFA");
        var lower = await PageHtml.GetAsync(server, "/search?q=rfa");

        Results(lower).ShouldBe(Results(upper));
        Results(lower).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Search_Stenosis_FindsTheConditionAndRecommendations_GroupedByKind()
    {
        var html = await PageHtml.GetAsync(server, "/search?q=stenosis");

        html.ShouldContain("href=\"/conditions/lumbar-spinal-stenosis\"");
        html.ShouldContain("id=\"results-condition\"");
        html.ShouldContain("id=\"results-recommendation\"");
        html.IndexOf("id=\"results-condition\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"results-recommendation\"", StringComparison.Ordinal));
        html.ShouldContain("#rec-");
    }

    [Fact]
    public async Task Search_GuidelineByOrganisation_LinksToTheGuideline()
    {
        var html = await PageHtml.GetAsync(server, "/search?q=american%20society%20of%20pain");

        html.ShouldContain("href=\"/guidelines/aspn-2022\"");
    }

    [Fact]
    public async Task Search_Empty_ShowsTheFormAndAPrompt()
    {
        var html = await PageHtml.GetAsync(server, "/search?q=%20%20");

        html.ShouldContain("Type a word to search");
        html.ShouldNotContain("id=\"results-");
    }

    [Fact]
    public async Task Search_TooLong_Is400_WithTheMessageBesideTheField_AndTheQueryKept()
    {
        var query = new string('x', SearchQuery.MaxLength + 1);
        var html = await PageHtml.GetAsync(server, "/search?q=" + query, HttpStatusCode.BadRequest);

        html.ShouldContain("id=\"q-error\"");
        html.ShouldContain($"use at most {SearchQuery.MaxLength}");
        html.ShouldContain($"value=\"{query}\"");
        html.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task Search_NothingFound_SaysSo()
    {
        var html = await PageHtml.GetAsync(server, "/search?q=zzqxv");

        html.ShouldContain("Nothing found for “zzqxv”");
    }

    [Fact]
    public async Task Search_EncodesTheQuery()
    {
        var html = await PageHtml.GetAsync(server, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("lumbar-rfa", "rfa", true)]
    [InlineData("radiofrequency ablation (rfa)", "rfa", true)]
    [InlineData("surface", "rfa", false)]
    [InlineData("lumbar spinal stenosis", "stenos", true)]
    public void StartsAWord_MatchesOnlyAtWordStarts(string text, string term, bool expected) =>
        SearchIndex.StartsAWord(text, term).ShouldBe(expected);

    [BrowserFact]
    public async Task Search_WithoutJavaScript_SubmitsTheFormAndShowsResults()
    {
        var probe = await browser.NewPageAsync(Browser.Desk);
        await using var context = await probe.Context.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = Browser.Desk });
        await probe.Context.CloseAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url("/"));

        await page.GetByLabel("Search interventions, conditions, guidelines and recommendations").FillAsync("rfa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=rfa");

        (await page.GetByRole(AriaRole.Heading, new() { Name = "Interventions" }).CountAsync()).ShouldBe(1);
        (await page.Locator("a[href='/interventions/lumbar-rfa']").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#q").InputValueAsync()).ShouldBe("rfa");
    }

    [BrowserFact]
    public async Task Search_AtBothWidths_HasNoSeriousAxeViolation()
    {
        await browser.OpenAtBothWidthsAsync(server.Url("/search?q=rfa"), "search-rfa");
    }

    private static List<string> Results(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "class=\"result__title\" href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
}
