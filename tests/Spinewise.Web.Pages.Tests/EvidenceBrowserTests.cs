using Microsoft.Playwright;
using Spinewise.Web.Pages.Tests.Support;
using static Spinewise.Web.Pages.Tests.EvidenceReference;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The evidence workbench in Chromium: the analyst's flow on bcg, an upload, CSV and option errors; axe and screenshots at both widths.</summary>
[Collection(PageTests.Name)]
public sealed class EvidenceBrowserTests(PagesServer server, Browser browser)
{
    [BrowserFact]
    public async Task EmptyWorkbench_PassesAxe_AtBothWidths()
    {
        var page = await browser.OpenAtBothWidthsAsync(server.Url("/evidence"), "evidence-empty");

        (await page.TitleAsync()).ShouldBe("Evidence workbench · Spinewise");
        (await page.Locator("#synthesis-wang-2025-nma").CountAsync()).ShouldBe(1);
    }

    [BrowserFact]
    public async Task AnalystFlow_Bcg_RrReml_SummaryPlotsAndEveryDownload()
    {
        var expected = Expected("rma_REML_bcg_RR");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Url("/evidence"));

        await page.GetByRole(AriaRole.Link, new() { Name = "bcg.csv" }).ClickAsync();
        await page.SelectOptionAsync("#opt-measure", "RR");
        await page.SelectOptionAsync("#opt-method", "REML");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fit the model" }).ClickAsync();

        page.Url.ShouldContain("dataset=bcg");
        var summary = await page.Locator("#rma-summary").InnerTextAsync();
        summary.ShouldContain("Random-Effects Model (k = 13; tau^2 estimator: REML)");
        summary.ShouldContain($"tau^2 (estimated amount of total heterogeneity): {F(expected.Scalar("tau2"))}");
        summary.ShouldContain(F(expected.First("beta")));
        summary.ShouldContain(F(expected.First("ci.lb")));
        foreach (var plot in new[] { "#forest-plot", "#funnel-plot" })
        {
            var image = page.Locator(plot);
            await image.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync($"document.querySelector('{plot}').complete");
            (await image.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(100, plot);
            var src = await image.GetAttributeAsync("src");
            var response = await page.APIRequest.GetAsync(server.Url(src!));
            response.Headers["content-type"].ShouldBe("image/svg+xml");
            (await response.BodyAsync()).Length.ShouldBeGreaterThan(1000);
        }

        var downloads = new Dictionary<string, string>
        {
            ["Data with yi and vi (CSV)"] = "bcg-data.csv",
            ["Result (JSON, as POST /api/meta/rma returns it)"] = "bcg-result.json",
            ["Forest plot (SVG)"] = "bcg-forest.svg",
            ["Forest plot (PNG)"] = "bcg-forest.png",
            ["Funnel plot (SVG)"] = "bcg-funnel.svg",
            ["Funnel plot (PNG)"] = "bcg-funnel.png",
            ["R code for metafor (R)"] = "bcg-analysis.R",
        };
        foreach (var (label, file) in downloads)
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = label }).ClickAsync());
            download.SuggestedFilename.ShouldBe(file);
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            bytes.Length.ShouldBeGreaterThan(100, file);
            CheckContent(file, bytes);
        }

        browser.ErrorsOf(page).ShouldBeEmpty();
        await browser.OpenAtBothWidthsAsync(page.Url, "evidence-result");
    }

    [BrowserFact]
    public async Task UploadFlow_FitsTheUploadedRows_WithInlinePlots_AndRePostedDownloads()
    {
        var expected = Expected("rma_REML_bcg_RR");
        foreach (var viewport in new[] { Browser.Phone, Browser.Desk })
        {
            var page = await browser.NewPageAsync(viewport);
            await page.GotoAsync(server.Url("/evidence"));

            await page.Locator("#opt-file").SetInputFilesAsync(new FilePayload
            {
                Name = "my-trials.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(BcgWithMetaforNames()),
            });
            await page.SelectOptionAsync("#opt-measure", "RR");
            await page.GetByRole(AriaRole.Button, new() { Name = "Fit the model" }).ClickAsync();

            (await page.Locator("#rma-summary").InnerTextAsync()).ShouldContain($"tau^2 (estimated amount of total heterogeneity): {F(expected.Scalar("tau2"))}");
            foreach (var plot in new[] { "#forest-plot", "#funnel-plot" })
            {
                await page.Locator(plot).ScrollIntoViewIfNeededAsync();
                await page.WaitForFunctionAsync($"document.querySelector('{plot}').complete");
                (await page.Locator(plot).EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(100, plot);
            }

            (await page.Locator("#opt-csv").InputValueAsync()).ShouldContain("\"ai\",\"bi\",\"ci\",\"di\"");
            var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Data with yi and vi (CSV)" }).ClickAsync());
            csv.SuggestedFilename.ShouldBe("my-trials-data.csv");
            var lines = await File.ReadAllLinesAsync((await csv.PathAsync())!);
            lines.Length.ShouldBe(14);
            lines[0].ShouldEndWith(",yi,vi");
            var png = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Forest plot (PNG)" }).ClickAsync());
            CheckContent("x.png", await File.ReadAllBytesAsync((await png.PathAsync())!));

            await page.ShouldHaveNoSeriousAxeViolationsAsync();
            await page.ScreenshotAsync("evidence-upload-result");
            browser.ErrorsOf(page).ShouldBeEmpty();
        }
    }

    [BrowserFact]
    public async Task UploadWithCsvErrors_NamesLineAndColumn_KeepsTheRows_AndPassesAxe()
    {
        foreach (var viewport in new[] { Browser.Phone, Browser.Desk })
        {
            var page = await browser.NewPageAsync(viewport);
            await page.GotoAsync(server.Url("/evidence"));
            await page.Locator("#opt-file").SetInputFilesAsync(new FilePayload
            {
                Name = "broken.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("study,yi,vi\nA,0.1,0.01\nB,0.2,abc\nC,0.3,0.02\n"),
            });

            var response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Fit the model" }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("/evidence", StringComparison.Ordinal));

            response.Status.ShouldBe(422);
            (await page.Locator("#opt-csv-error").InnerTextAsync()).ShouldContain("Line 3 (study row 2), column 'vi': 'abc' is not a number.");
            (await page.Locator("#errors").InnerTextAsync()).ShouldContain("Line 3");
            (await page.Locator("#opt-csv").InputValueAsync()).ShouldBe("study,yi,vi\nA,0.1,0.01\nB,0.2,abc\nC,0.3,0.02\n");

            // Fixing the kept rows in the text box and fitting again works without choosing the file again.
            await page.Locator("#opt-csv").FillAsync("study,yi,vi\nA,0.1,0.01\nB,0.2,0.03\nC,0.3,0.02\n");
            await page.ShouldHaveNoSeriousAxeViolationsAsync();
            await page.ScreenshotAsync("evidence-errors-csv");
            await page.GetByRole(AriaRole.Button, new() { Name = "Fit the model" }).ClickAsync();
            (await page.Locator("#rma-summary").InnerTextAsync()).ShouldContain("k = 3");
            Errors(page).ShouldBeEmpty();
        }
    }

    [BrowserFact]
    public async Task BadOptions_ShowTheFormWithErrorsBesideTheFields_AndPassAxe()
    {
        foreach (var viewport in new[] { Browser.Phone, Browser.Desk })
        {
            var page = await browser.NewPageAsync(viewport);
            var response = await page.GotoAsync(server.Url("/evidence?dataset=bcg&measure=RR&method=FOO&level=abc"));

            response!.Status.ShouldBe(400);
            (await page.Locator("#opt-method-error").InnerTextAsync()).ShouldContain("Unknown value 'FOO'");
            (await page.Locator("#opt-level").InputValueAsync()).ShouldBe("abc");
            await page.ShouldHaveNoSeriousAxeViolationsAsync();
            await page.ScreenshotAsync("evidence-errors-options");
            Errors(page).ShouldBeEmpty();
        }
    }

    /// <summary>Console errors other than the browser's own note that the document answered 4xx.</summary>
    private List<string> Errors(IPage page) =>
        [.. browser.ErrorsOf(page).Where(e => !e.Contains("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))];

    private static void CheckContent(string file, byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        switch (Path.GetExtension(file))
        {
            case ".csv": text.ShouldStartWith("\"trial\""); text.ShouldContain(",yi,vi\n"); break;
            case ".json": text.ShouldStartWith("{"); text.ShouldContain("\"tau2\":"); break;
            case ".svg": text.ShouldContain("<svg"); break;
            case ".png": bytes.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }); break;
            case ".R": text.ShouldContain("library(metafor)"); text.ShouldContain("res <- rma("); break;
            default: throw new ShouldAssertException($"unexpected download {file}");
        }
    }
}
