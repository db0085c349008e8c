using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spinewise.Testing;
using Spinewise.Web.Pages.Tests.Support;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The Evaluate pages in Chromium: the clinician's flow, a FHIR upload, form errors, no JavaScript, axe and screenshots.</summary>
[Collection(PageTests.Name)]
public sealed partial class EvaluateBrowserTests(PagesServer server, Browser browser)
{
    [BrowserFact]
    public async Task Evaluate_Empty_PassesAxeAtBothWidths()
    {
        var page = await browser.OpenAtBothWidthsAsync(server.Url("/evaluate"), "evaluate");

        (await page.Locator("#f-sex-unknown").IsCheckedAsync()).ShouldBeTrue();
    }

    [BrowserFact]
    public async Task ClinicianFlow_FillSubmitChangeOneAnswer_KeepsTheOthersAndTheResultFollows()
    {
        // Given a case typed into the form
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Url("/evaluate"));
        await page.FillAsync("#f-id", "browser-stenosis");
        await page.FillAsync("#f-asof", "2026-12-01");
        await page.FillAsync("#f-age", "68");
        await page.CheckAsync("#f-sex-female");
        await page.FillAsync("#f-duration", "14");
        await page.CheckAsync("#f-paintype-axial-and-radicular");
        await page.CheckAsync("#f-condition-lumbar-spinal-stenosis-present");
        await page.CheckAsync("#f-condition-neurogenic-claudication-present");
        await page.CheckAsync("#f-condition-cancer-ruled-out");
        await page.FillAsync("#f-finding-nprs", "7");
        await page.CheckAsync("#f-flag-activeInfection-no");

        // When it is submitted
        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate this case" }).ClickAsync();
        await page.WaitForURLAsync(EvaluationUrl());
        var first = page.Url;

        // Then the result shows the groups, the ask-next headline, stances with why, and conflicts
        (await page.Locator(".ask-next--headline h2").TextContentAsync()).ShouldBe("What to ask next");
        (await page.Locator("#group-undetermined").CountAsync()).ShouldBe(1);
        (await page.Locator("table.stances .why").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator(".conflict").CountAsync()).ShouldBeGreaterThan(0);
        var applyingBefore = await page.Locator(".applies--yes").CountAsync();
        browser.ErrorsOf(page).ShouldBeEmpty();
        await browser.OpenAtBothWidthsAsync(first, "evaluation-result");

        // When one answer is changed (14 months of pain → 1 month) and the case evaluated again
        await page.GetByRole(AriaRole.Link, new() { Name = "Change an answer and re-evaluate" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/evaluate\\?from="));
        (await page.InputValueAsync("#f-age")).ShouldBe("68");
        await page.FillAsync("#f-duration", "1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate this case" }).ClickAsync();
        await page.WaitForURLAsync(EvaluationUrl());

        // Then it is a new evaluation in which fewer recommendations for chronic pain apply
        page.Url.ShouldNotBe(first);
        (await page.Locator(".applies--yes").CountAsync()).ShouldBeLessThan(applyingBefore);
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var aid = await page.Locator("a[href^='/decision-aid/']").First.GetAttributeAsync("href");
        aid.ShouldNotBeNull();
        aid.ShouldMatch($"^/decision-aid/[a-z0-9-]+\\?evaluation={id}$");

        // And every other answer was kept
        await page.GetByRole(AriaRole.Link, new() { Name = "Change an answer and re-evaluate" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/evaluate\\?from="));
        (await page.InputValueAsync("#f-id")).ShouldBe("browser-stenosis");
        (await page.InputValueAsync("#f-asof")).ShouldBe("2026-12-01");
        (await page.InputValueAsync("#f-age")).ShouldBe("68");
        (await page.InputValueAsync("#f-duration")).ShouldBe("1");
        (await page.InputValueAsync("#f-finding-nprs")).ShouldBe("7");
        (await page.Locator("#f-sex-female").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("#f-paintype-axial-and-radicular").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("#f-condition-cancer-ruled-out").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("#f-condition-neurogenic-claudication-present").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("#f-flag-activeInfection-no").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("#f-flag-pregnancy-unknown").IsCheckedAsync()).ShouldBeTrue();

        // And the decision aid link is followed (another area's page: it may not exist yet in this branch)
        var response = await page.GotoAsync(server.Url(aid));
        response.ShouldNotBeNull();
        browser.ErrorsOf(page).Where(e => !e.Contains("404", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task FhirUpload_ResultShowsStatusAndUnmappedCodes()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Url("/evaluate"));
        await page.SetInputFilesAsync("#f-fhirfile", Path.Combine(RepositoryPaths.Repository, "examples", "fhir", "stenosis-claudication-pild.json"));
        await page.FillAsync("#f-fhirasof", "2026-12-01");

        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate the FHIR Bundle" }).ClickAsync();
        await page.WaitForURLAsync(EvaluationUrl());

        (await page.Locator("dl.record").TextContentAsync()).ShouldNotBeNull().ShouldContain("FHIR R4 Bundle");
        (await page.Locator("#unmapped").TextContentAsync()).ShouldNotBeNull().ShouldContain("no unmapped codes");
        (await page.Locator("#procedure-pild .status").First.TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        browser.ErrorsOf(page).ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task FormErrors_ShownBesideTheFields_TypedValuesKept_AxeAtBothWidths()
    {
        foreach (var viewport in new[] { Browser.Phone, Browser.Desk })
        {
            var page = await browser.NewPageAsync(viewport);
            await page.GotoAsync(server.Url("/evaluate"));
            await page.FillAsync("#f-age", "130");
            await page.FillAsync("#f-finding-nprs", "seven");
            await page.CheckAsync("#f-condition-cancer-ruled-out");

            await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate this case" }).ClickAsync();
            await page.WaitForSelectorAsync("#error-summary");

            (await page.Locator("#f-finding-nprs-error").TextContentAsync()).ShouldNotBeNull().ShouldContain("is not a number");
            (await page.InputValueAsync("#f-finding-nprs")).ShouldBe("seven");
            (await page.InputValueAsync("#f-age")).ShouldBe("130");
            (await page.Locator("#f-condition-cancer-ruled-out").IsCheckedAsync()).ShouldBeTrue();
            await page.ShouldHaveNoSeriousAxeViolationsAsync();
            await page.ScreenshotAsync("evaluate-errors");
        }
    }

    [BrowserFact]
    public async Task WithoutJavaScript_TheFormStillEvaluates()
    {
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync(server.Url("/evaluate"));
        await page.FillAsync("#f-age", "55");
        await page.CheckAsync("#f-paintype-axial");
        await page.CheckAsync("#f-condition-facet-joint-pain-present");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an intervention row" }).ClickAsync();
        await page.WaitForSelectorAsync("#f-history-3");
        (await page.InputValueAsync("#f-age")).ShouldBe("55");
        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate this case" }).ClickAsync();
        await page.WaitForURLAsync(EvaluationUrl());

        (await page.Locator("h1").TextContentAsync()).ShouldNotBeNull().ShouldContain("web-form");
    }

    [GeneratedRegex("/evaluations/[0-9a-f-]{36}$")]
    private static partial Regex EvaluationUrl();
}
