using System.Net;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The interventions list and one intervention's page: stances side by side, conflicts with reasons and sources, trials, estimates against the MID.</summary>
[Collection(PageTests.Name)]
public sealed class InterventionPagesTests(PagesServer server, Browser browser)
{
    private async Task<string> HtmlAsync(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no section {id}");
        var end = html.IndexOf("<h2 ", start + 1, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(end < 0 ? html[start..] : html[start..end]);
    }

    [Fact]
    public async Task List_LinksEveryInterventionWithItsGuidelineCountAndConflicts()
    {
        var html = await HtmlAsync("/interventions");

        html.ShouldContain("href=\"/interventions/epidural-steroid-injection\"");
        html.ShouldContain("href=\"/interventions/pild\"");
        html.ShouldContain("href=\"/interventions/lumbar-rfa\"");
        html.ShouldContain("yes: ");
        html.ShouldContain("<th scope=\"col\">Guidelines with a recommendation</th>");
    }

    [Fact]
    public async Task Pild_ShowsMotionDesignArmsAndOutcomes()
    {
        var trials = Section(await HtmlAsync("/interventions/pild"), "trials");

        trials.ShouldContain("MOTION");
        trials.ShouldContain("randomised, open-label");
        trials.ShouldContain("mild + CMM: 77 participants");
        trials.ShouldContain("CMM alone: 78 participants");
        trials.ShouldContain("Walking Tolerance Test (objective)");
        trials.ShouldContain("Oswestry Disability Index (ODI)");
        trials.ShouldContain("1 year (primary)");
        trials.ShouldContain("href=\"/about#source-seed-002\"");
    }

    [Theory]
    [InlineData("epidural-steroid-injection")]
    [InlineData("lumbar-rfa")]
    public async Task AspnAndBmj_StandSideBySide_WithGradesAsPublishedAndTheConflictWithReasonsAndSources(string id)
    {
        var html = await HtmlAsync($"/interventions/{id}");
        var matrix = Section(html, "stances");
        var conflicts = Section(html, "conflicts");

        matrix.ShouldContain("<th scope=\"col\">axial (back) pain</th>");
        matrix.ShouldContain("<th scope=\"col\">radicular (nerve root) pain</th>");
        matrix.ShouldContain(">ASPN 2022</a>");
        matrix.ShouldContain(">BMJ 2025</a>");
        matrix.ShouldContain("grade A");
        matrix.ShouldContain("strong recommendation against");
        matrix.ShouldContain("stance--for");
        matrix.ShouldContain("stance--against");
        matrix.ShouldContain("href=\"/guidelines/bmj-2025#rec-bmj-2025/axial/");
        conflicts.ShouldMatch("(ASPN 2022 vs BMJ 2025|BMJ 2025 vs ASPN 2022): opposite directions");
        conflicts.ShouldContain("<strong>Population pooling</strong>");
        conflicts.ShouldContain("<strong>Comparator</strong>");
        conflicts.ShouldContain("href=\"/about#source-clinical-evidence\"");
        conflicts.ShouldContain("Pacific Spine and Pain Society");
    }

    [Fact]
    public async Task Esi_DrawsTheWang2025EstimatesAgainstTheMidTheKnowledgeStates()
    {
        var estimates = Section(await HtmlAsync("/interventions/epidural-steroid-injection"), "estimates");

        estimates.ShouldContain("<svg");
        estimates.Split("class=\"estimate-chart__mid\"").Length.ShouldBe(3); // the MID either way
        estimates.ShouldContain("MID −1.5 (less pain)");
        estimates.ShouldContain("minimal important difference of 1.5 cm on a 10 cm VAS");
        estimates.ShouldContain("href=\"/about#source-wang-issls-2024\""); // the MID's source
        estimates.ShouldContain("0.20 (−1.11 to 1.51)");
        estimates.ShouldContain("Moderate");
        estimates.ShouldContain("probably reduce (NNT 4)"); // AAN 2025 as words, not on the MID scale
    }

    [Theory]
    [InlineData("/interventions/no-such-procedure")]
    [InlineData("/interventions/%3Cscript%3E")]
    public async Task UnknownId_IsThe404Page(string path)
    {
        using var client = server.CreateClient();

        await client.ShouldBeThe404PageAsync(path);
    }

    [Fact]
    public async Task Synonym_RedirectsToTheId()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/interventions/ESI");

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().ShouldBe("/interventions/epidural-steroid-injection");
    }

    [BrowserFact]
    public async Task Pages_LoadWithoutSeriousAxeViolations_AtPhoneAndDeskWidths()
    {
        await browser.OpenAtBothWidthsAsync(server.Url("/interventions"), "interventions");
        await browser.OpenAtBothWidthsAsync(server.Url("/interventions/pild"), "intervention-pild");
        var page = await browser.OpenAtBothWidthsAsync(server.Url("/interventions/epidural-steroid-injection"), "intervention-esi");

        (await page.Locator("figure.estimate-chart svg").CountAsync()).ShouldBe(1);
    }
}
