using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spinewise.Testing;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The patient decision aid: plain words (measured), disagreement named, sources and knowledge version, print and the "for you" part.</summary>
[Collection(PageTests.Name)]
public sealed partial class DecisionAidPagesTests(PagesServer server, Browser browser)
{
    /// <summary>The prose a patient reads: the main text without the sources list, the note marks and the chart's drawing (its numbers are in the text).</summary>
    private const string PatientText = """
        () => {
            const main = document.querySelector('main').cloneNode(true);
            main.querySelectorAll('.da-sources, sup.fn, svg').forEach(e => e.remove());
            document.body.appendChild(main);
            const text = main.innerText;
            main.remove();
            return text;
        }
        """;

    private string Version => ((Spinewise.Application.KnowledgeHost)server.Services.GetService(typeof(Spinewise.Application.KnowledgeHost))!).Version;

    private async Task<string> HtmlAsync(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("epidural-steroid-injection")]
    [InlineData("lumbar-rfa")]
    public async Task Aid_SaysExpertGroupsDisagree_NamesThem_WithReasonsSourcesAndTheKnowledgeVersion(string id)
    {
        var html = await HtmlAsync($"/decision-aid/{id}");

        html.ShouldContain("Expert groups disagree about this procedure.");
        html.ShouldContain("<strong>ASPN 2022</strong> supports it");
        html.ShouldContain("<strong>BMJ 2025</strong> strongly advises against it");
        html.ShouldContain("Why they disagree");
        html.ShouldContain("Pacific Spine and Pain Society");
        html.ShouldContain("id=\"note-1\"");
        html.ShouldContain("Busse JW, Genevay S, Agarwal A, et al. BMJ. 2025;388:e079970");
        html.ShouldContain($"Knowledge version <code>{Version[..12]}</code>");
    }

    [Fact]
    public async Task Aid_DescribesTheProcedureOnlyFromASource_AndSaysSoOtherwise()
    {
        var pild = await HtmlAsync("/decision-aid/pild");
        var scs = await HtmlAsync("/decision-aid/scs");

        pild.ShouldContain("ligamentum flavum");
        pild.ShouldContain("(project seed 001_4fd39ae84c2dba13.txt) — PILD Injections (line 55)");
        scs.ShouldContain("It is not described in our sources.");
    }

    [Fact]
    public async Task Aid_ShowsEffectsOnTheZeroToTenScaleAgainstTheSmallestChangePatientsNotice()
    {
        var html = await HtmlAsync("/decision-aid/epidural-steroid-injection");

        html.ShouldContain("on average 0.2 points more pain than a sham");
        html.ShouldContain("between 1.1 points less and 1.5 points more");
        html.ShouldContain("The smallest change in pain that patients notice is 1.5 points on this scale.");
        html.ShouldContain("None of these effects reaches it.");
        html.ShouldContain("We show no picture of 100 people, because our sources give no risks out of 100 for it.");
    }

    [Fact]
    public async Task Aid_FromAnEvaluation_AddsThisPatientsStatusAndWhatIsUnknown()
    {
        using var client = server.CreateClient();
        var body = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Repository, "examples", "cases", "sparse.json"));
        using var created = await client.PostAsync("/api/evaluate?asOf=2026-12-01", new StringContent(body, Encoding.UTF8, "application/json"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("evaluationId").GetString();

        var html = await HtmlAsync($"/decision-aid/pild?evaluation={id}");
        var plain = await HtmlAsync("/decision-aid/pild");

        html.ShouldContain("<h2 id=\"for-you\">For you</h2>");
        html.ShouldContain("We cannot tell yet.");
        html.ShouldContain("Still unknown:");
        plain.ShouldNotContain("For you");
    }

    [Theory]
    [InlineData("/decision-aid/no-such-procedure")]
    [InlineData("/decision-aid/pild?evaluation=019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f")]
    [InlineData("/decision-aid/pild?evaluation=not-an-id")]
    public async Task UnknownInterventionOrEvaluation_IsThe404Page(string path)
    {
        using var client = server.CreateClient();

        await client.ShouldBeThe404PageAsync(path);
    }

    [BrowserFact]
    public async Task Aids_ReadAtGradeEightOrBelow_MeasuredOnTheRenderedText()
    {
        var grades = new List<string>();
        foreach (var id in new[] { "epidural-steroid-injection", "lumbar-rfa", "pild" })
        {
            var page = await browser.NewPageAsync();
            (await page.GotoAsync(server.Url($"/decision-aid/{id}")))!.Status.ShouldBe(200);
            var text = await page.EvaluateAsync<string>(PatientText);
            var (grade, sentences, words, _) = Readability.FleschKincaid(text);
            words.ShouldBeGreaterThan(150, id);
            grades.Add($"{id}: grade {grade:0.0} ({words} words, {sentences} sentences)");
            grade.ShouldBeLessThanOrEqualTo(8.0, string.Join("; ", grades));
        }
    }

    [BrowserFact]
    public async Task Print_HidesNavigation_AndMakesAtMostTwoPages()
    {
        foreach (var id in new[] { "epidural-steroid-injection", "lumbar-rfa", "pild" })
        {
            var page = await browser.NewPageAsync();
            await ServeStylesheetsUncompressedAsync(page);
            await page.GotoAsync(server.Url($"/decision-aid/{id}"));
            await page.EmulateMediaAsync(new() { Media = Media.Print });

            (await page.Locator("header.site-header").IsVisibleAsync()).ShouldBeFalse();
            (await page.Locator(".da-sources").IsVisibleAsync()).ShouldBeTrue();
            (await page.Locator(".site-footer .knowledge-version").IsVisibleAsync()).ShouldBeTrue();
            var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
            var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
            pages.ShouldBeInRange(1, 2, $"{id}: {pages} pages");
        }
    }

    [BrowserFact]
    public async Task Pages_LoadWithoutSeriousAxeViolations_AtPhoneAndDeskWidths()
    {
        await browser.OpenAtBothWidthsAsync(server.Url("/decision-aid"), "decision-aids");
        await browser.OpenAtBothWidthsAsync(server.Url("/decision-aid/epidural-steroid-injection"), "decision-aid-esi");
        await browser.OpenAtBothWidthsAsync(server.Url("/decision-aid/pild"), "decision-aid-pild");
    }

    /// <summary>
    /// In the test host the static-asset manifest names pre-compressed <c>.css.gz</c> files that the test output does not
    /// hold, so Chromium (which asks for gzip) gets no usable stylesheet; the print test fetches each stylesheet
    /// uncompressed instead, so it checks the print rules themselves.
    /// </summary>
    private async Task ServeStylesheetsUncompressedAsync(IPage page) =>
        await page.RouteAsync("**/*.css", async route =>
        {
            using var client = server.CreateClient();
            using var response = await client.GetAsync(new Uri(route.Request.Url).PathAndQuery);
            await route.FulfillAsync(new() { Status = (int)response.StatusCode, ContentType = "text/css", Body = await response.Content.ReadAsStringAsync() });
        });

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
