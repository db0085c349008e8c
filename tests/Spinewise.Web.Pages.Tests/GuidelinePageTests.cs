using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Domain;
using Spinewise.Domain.Guidelines;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The guidelines list and one guideline's page: scope, grading scheme explained, every recommendation by topic with its anchor and published grading, and its tables.</summary>
[Collection(PageTests.Name)]
public sealed class GuidelinePageTests(PagesServer server, Browser browser)
{
    private KnowledgeBase Kb => server.Services.GetRequiredService<KnowledgeHost>().Knowledge;

    [Fact]
    public async Task Guidelines_ListsEveryGuideline_WithOrganisationYearSchemeAndStatus()
    {
        var html = await PageHtml.GetAsync(server, "/guidelines");

        foreach (var g in Kb.Guidelines)
        {
            html.ShouldContain($"href=\"/guidelines/{g.Id.Value}\"");
            html.ShouldContain(PageHtml.Encode(Kb.SchemeOf(g).Name));
        }

        html.ShouldContain("American Society of Pain and Neuroscience");
        html.ShouldContain("<td>2022</td>");
        html.ShouldContain("held · complete");
        html.ShouldContain("<th scope=\"col\">Grading scheme</th>");
    }

    [Fact]
    public async Task Aspn2022_ShowsItsThreeTables_WithTheirSectionsAndItems()
    {
        var html = await PageHtml.GetAsync(server, "/guidelines/aspn-2022");
        var tables = Kb.TablesOf(new GuidelineId("aspn-2022"));

        tables.Count.ShouldBe(3);
        foreach (var table in tables)
        {
            html.ShouldContain($"id=\"table-{table.Id}\"");
            html.ShouldContain(PageHtml.Encode(table.Title));
            foreach (var section in table.Sections)
            {
                html.ShouldContain($"<h4>{PageHtml.Encode(section.Label)}</h4>");
                html.ShouldContain(PageHtml.Encode(section.Items[0].Text));
            }
        }
    }

    [Fact]
    public async Task Aspn2022_ShowsEveryRecommendation_WithItsAnchorStatementAndPublishedGrade()
    {
        var html = await PageHtml.GetAsync(server, "/guidelines/aspn-2022");
        var guideline = Kb.FindGuideline(new GuidelineId("aspn-2022"))!;
        var ids = PageHtml.Ids(html);

        foreach (var r in guideline.Recommendations)
        {
            ids.ShouldContain($"rec-{r.Id.Value}");
            html.ShouldContain(PageHtml.Encode(r.Statement));
        }

        var first = guideline.Recommendations.First(r => r.Id.Value == "aspn-2022/esi/1");
        var article = Article(html, first);
        article.ShouldContain($"grade {first.Grade}");
        article.ShouldContain($"level {first.Level}");
        article.ShouldContain("href=\"/interventions/epidural-steroid-injection\"");
        article.ShouldContain("class=\"stance stance--for\"");
        article.ShouldContain("href=\"/about#source-seed-001\"");
        html.ShouldContain("id=\"topic-esi\"");
    }

    [Fact]
    public async Task Aspn2022_ShowsAPublishedLevelTypo_BesideTheNormalisedLevel()
    {
        var guideline = Kb.FindGuideline(new GuidelineId("aspn-2022"))!;
        var typo = guideline.Recommendations.First(r => r.LevelAsPublished == "1-B");
        var html = await PageHtml.GetAsync(server, "/guidelines/aspn-2022");

        typo.Level.ShouldBe("I-B", "seed 001 prints '1-B' (Arabic 1) for three multifidus stimulation recommendations");
        var article = Article(html, typo);
        article.ShouldContain($"level {typo.Level}");
        article.ShouldContain($"(published as “{typo.LevelAsPublished}”)");
    }

    [Fact]
    public async Task Aspn2022_ExplainsItsGradingScheme_WithNotAddressedWhereTheSourceDefinesNothing()
    {
        var guideline = Kb.FindGuideline(new GuidelineId("aspn-2022"))!;
        var scheme = Kb.SchemeOf(guideline);
        var html = await PageHtml.GetAsync(server, "/guidelines/aspn-2022");
        var grading = html[html.IndexOf("id=\"grading\"", StringComparison.Ordinal)..html.IndexOf("id=\"recommendations\"", StringComparison.Ordinal)];

        foreach (var grade in scheme.Grades)
        {
            grading.ShouldContain($"<th scope=\"row\">{grade.Code}</th>");
            grading.ShouldContain(PageHtml.Encode(grade.Meaning));
        }

        foreach (var variant in scheme.LevelVariants)
        {
            grading.ShouldContain($"“{variant.AsPublished}”");
        }

        (scheme.Levels.Any(l => l.Definition is null) || scheme.CertaintyLabels.Any(c => c.Meaning is null)).ShouldBeTrue("ASPN's sources leave some labels undefined");
        grading.ShouldContain("not addressed");
    }

    [Fact]
    public async Task Bmj2025_ShowsItsPopulation_AndItsStrongRecommendationsAgainst()
    {
        var html = await PageHtml.GetAsync(server, "/guidelines/bmj-2025");
        var guideline = Kb.FindGuideline(new GuidelineId("bmj-2025"))!;

        guideline.Details.Population.ShouldNotBeNull();
        html.ShouldContain(PageHtml.Encode(guideline.Details.Population.AppliesTo));
        foreach (var exclusion in guideline.Details.Population.Excludes)
        {
            html.ShouldContain(PageHtml.Encode(exclusion.Text));
        }

        html.ShouldContain("class=\"stance stance--against\"");
        foreach (var r in guideline.Recommendations)
        {
            html.ShouldContain($"id=\"rec-{r.Id.Value}\"");
        }
    }

    [Fact]
    public async Task Guideline_IdInAnyCase_IsFound()
    {
        var html = await PageHtml.GetAsync(server, "/guidelines/ASPN-2022");

        html.ShouldContain("id=\"rec-aspn-2022/esi/1\"");
    }

    [Fact]
    public async Task Guideline_Unknown_IsTheHtml404Page()
    {
        using var client = server.CreateClient();

        await client.ShouldBeThe404PageAsync("/guidelines/no-such-guideline");
    }

    [Fact]
    public async Task Condition_ListsTheRecommendationsThatNameIt_AndUnknownIs404()
    {
        var html = await PageHtml.GetAsync(server, "/conditions/lumbar-spinal-stenosis");
        var naming = Kb.Recommendations.Where(r => r.Conditions.Any(c => c.Value == "lumbar-spinal-stenosis")).ToList();

        naming.ShouldNotBeEmpty();
        foreach (var r in naming)
        {
            html.ShouldContain($"href=\"/guidelines/{r.Guideline.Value}#rec-{r.Id.Value}\"");
        }

        using var client = server.CreateClient();
        await client.ShouldBeThe404PageAsync("/conditions/no-such-condition");
    }

    [BrowserFact]
    public async Task GuidelinePages_AtBothWidths_HaveNoSeriousAxeViolation()
    {
        await browser.OpenAtBothWidthsAsync(server.Url("/guidelines"), "guidelines");
        await browser.OpenAtBothWidthsAsync(server.Url("/guidelines/aspn-2022"), "guideline-aspn-2022");
        await browser.OpenAtBothWidthsAsync(server.Url("/guidelines/bmj-2025"), "guideline-bmj-2025");
        await browser.OpenAtBothWidthsAsync(server.Url("/conditions/lumbar-spinal-stenosis"), "condition-lumbar-spinal-stenosis");
    }

    [BrowserFact]
    public async Task RecommendationAnchor_ScrollsToTheRecommendation()
    {
        var page = await browser.NewPageAsync(Browser.Desk);
        await page.GotoAsync(server.Url("/guidelines/aspn-2022#rec-aspn-2022/rfa/1"));

        var target = page.Locator("[id='rec-aspn-2022/rfa/1']");
        (await target.IsVisibleAsync()).ShouldBeTrue();
        (await target.EvaluateAsync<bool>("e => e.matches(':target')")).ShouldBeTrue();
        browser.ErrorsOf(page).ShouldBeEmpty();
    }

    private static string Article(string html, Recommendation r)
    {
        var start = html.IndexOf($"id=\"rec-{r.Id.Value}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no anchor for {r.Id.Value}");
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
