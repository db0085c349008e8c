using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spinewise.Web.Pages.Tests.Support;
using static Spinewise.Web.Pages.Tests.EvidenceReference;

namespace Spinewise.Web.Pages.Tests;

/// <summary>The evidence workbench's content through plain HTTP: metafor's numbers, downloads, errors beside their fields, never a 5xx.</summary>
[Collection(PageTests.Name)]
public sealed partial class EvidencePageTests(PagesServer server)
{
    private const string BcgRrReml = "/evidence?dataset=bcg&measure=RR&method=REML";

    [Fact]
    public async Task Bcg_RrReml_SummaryShowsMetaforsNumbers()
    {
        var expected = Expected("rma_REML_bcg_RR");

        var (status, html) = await GetAsync(BcgRrReml);

        status.ShouldBe(HttpStatusCode.OK);
        var summary = Summary(html);
        summary.ShouldContain("Random-Effects Model (k = 13; tau^2 estimator: REML)");
        summary.ShouldContain($"tau^2 (estimated amount of total heterogeneity): {F(expected.Scalar("tau2"))} (SE = {F(expected.Scalar("se.tau2"))})");
        summary.ShouldContain($"I^2 (total heterogeneity / total variability):   {F(expected.Scalar("I2"), 2)}%");
        summary.ShouldContain($"Q(df = 12) = {F(expected.Scalar("QE"))}, p-val < .0001");
        summary.ShouldMatch($@"intrcpt\s+{Regex.Escape(F(expected.First("beta")))}\s+{Regex.Escape(F(expected.First("se")))}\s+{Regex.Escape(F(expected.First("zval")))}\s+<\.0001\s+{Regex.Escape(F(expected.First("ci.lb")))}\s+{Regex.Escape(F(expected.First("ci.ub")))}\s+\*\*\*");
        html.ShouldContain("src=\"/evidence/plot/forest.svg?dataset=bcg&amp;measure=RR&amp;method=REML\"");
    }

    [Fact]
    public async Task Bcg_LeaveOneOutAndInfluence_AreMetafors()
    {
        var l1o = Expected("leave1out_REML_bcg_RR");
        var influence = Expected("influence_REML_bcg_RR");

        var (_, html) = await GetAsync(BcgRrReml);

        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain($"<th scope=\"row\">Aronson</th><td>{F(l1o.First("estimate"))}</td><td>{F(l1o.First("se"))}</td>");
        text.ShouldContain($"<td>{F(influence.First("rstudent"))}</td><td>{F(influence.First("dffits"))}</td><td>{F(influence.First("cook.d"))}</td>");
    }

    [Fact]
    public async Task Bcg_ModeratorsAndSubgroups_AreMetafors()
    {
        var metareg = Expected("metareg_REML_bcg_ablat");
        var subgroup = Expected("subgroup_REML_bcg_alloc");

        var (regStatus, regHtml) = await GetAsync("/evidence?dataset=bcg&measure=RR&method=REML&mods=ablat");
        var (subStatus, subHtml) = await GetAsync("/evidence?dataset=bcg&measure=RR&method=REML&subgroup=alloc");

        regStatus.ShouldBe(HttpStatusCode.OK);
        Summary(regHtml).ShouldContain("Mixed-Effects Model (k = 13; tau^2 estimator: REML)");
        Summary(regHtml).ShouldMatch($@"ablat\s+{Regex.Escape(F(metareg.GetProperty("beta")[1].GetDouble()))}\s+{Regex.Escape(F(metareg.GetProperty("se")[1].GetDouble()))}");
        subStatus.ShouldBe(HttpStatusCode.OK);
        var differences = subgroup.GetProperty("test_subgroup_differences");
        Summary(subHtml).ShouldContain($"Test for subgroup differences: QM(df = {differences.GetProperty("QMdf")[0].GetInt32()}) = {F(differences.Scalar("QM"))}");
        subHtml.ShouldContain("Leave-one-out is offered for models without moderators or subgroups");
    }

    [Fact]
    public async Task Bcg_Downloads_HaveTheRightTypesAndContent()
    {
        var escalc = Expected("escalc_RR_bcg");
        var model = Expected("rma_REML_bcg_RR");
        using var client = server.CreateClient();
        var query = "?dataset=bcg&measure=RR&method=REML";

        using var csv = await client.GetAsync("/evidence/download/data.csv" + query);
        using var json = await client.GetAsync("/evidence/download/result.json" + query);
        using var svg = await client.GetAsync("/evidence/download/forest.svg" + query);
        using var png = await client.GetAsync("/evidence/download/funnel.png" + query);
        using var r = await client.GetAsync("/evidence/download/analysis.R" + query);

        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("bcg-data.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n');
        lines[0].ShouldBe("\"trial\",\"author\",\"year\",\"tpos\",\"tneg\",\"cpos\",\"cneg\",\"ablat\",\"alloc\",yi,vi");
        var first = lines[1].Split(',');
        double.Parse(first[^2], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(escalc.First("yi"), 1e-12);
        double.Parse(first[^1], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(escalc.First("vi"), 1e-12);

        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using (var report = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            report.RootElement.GetProperty("beta")[0].GetDouble().ShouldBe(model.First("beta"), 1e-4);
            report.RootElement.GetProperty("tau2").GetDouble().ShouldBe(model.Scalar("tau2"), 1e-4);
        }

        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await svg.Content.ReadAsStringAsync()).ShouldContain("<svg");
        png.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await png.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });

        r.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var code = await r.Content.ReadAsStringAsync();
        code.ShouldContain("library(metafor)");
        code.ShouldContain("dat <- dat.bcg");
        code.ShouldContain("dat <- escalc(measure=\"RR\", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat)");
        code.ShouldContain("res <- rma(yi, vi, data=dat, slab=author, method=\"REML\")");
        code.ShouldContain("forest(res)");
        code.ShouldContain("leave1out(res)");
    }

    [Fact]
    public async Task Downloads_MatchTheApisJson_ForTheSameAnalysis()
    {
        using var client = server.CreateClient();
        using var page = await client.GetAsync("/evidence/download/result.json?dataset=bcg&measure=RR&method=DL&test=knha");
        using var body = new StringContent(File.ReadAllText(Path.Combine(Spinewise.Testing.RepositoryPaths.Repository, "examples", "meta", "bcg.csv")), Encoding.UTF8, "text/csv");
        using var api = await client.PostAsync("/api/meta/rma?measure=RR&ai=tpos&bi=tneg&ci=cpos&di=cneg&label=author&method=DL&test=knha", body);

        using var fromPage = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
        using var fromApi = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        foreach (var key in new[] { "beta", "se", "tval", "ci.lb", "ci.ub", "tau2", "QE", "I2" })
        {
            fromPage.RootElement.GetProperty(key).GetRawText().ShouldBe(fromApi.RootElement.GetProperty(key).GetRawText(), key);
        }
    }

    [Theory]
    [InlineData("/evidence?dataset=bcg&measure=MD", "measure", "MD cannot be computed from the columns of bcg")]
    [InlineData("/evidence?dataset=bcg&measure=RR&method=FOO", "method", "Unknown value &#x27;FOO&#x27;")]
    [InlineData("/evidence?dataset=bcg&measure=RR&level=abc", "level", "Expects a number, not &#x27;abc&#x27;")]
    [InlineData("/evidence?dataset=bcg&measure=RR&mods=ablat&subgroup=alloc", "subgroup", "Cannot be combined with --mods")]
    [InlineData("/evidence?dataset=hackshaw1998&measure=RR", "measure", "carries log odds ratios")]
    [InlineData("/evidence?dataset=nope", "dataset", "There is no dataset &#x27;nope&#x27;")]
    public async Task BadOptions_GiveTheFormWithTheErrorBesideTheField(string url, string field, string message)
    {
        var (status, html) = await GetAsync(url);

        status.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain(message);
        html.ShouldContain($"href=\"#opt-{field}\"");
        html.ShouldContain($"id=\"opt-{field}");
    }

    [Fact]
    public async Task BadOptions_KeepWhatWasTyped()
    {
        var (_, html) = await GetAsync("/evidence?dataset=bcg&measure=RR&method=FOO&level=abc&mods=ablat");

        html.ShouldContain("<option value=\"FOO\" selected>FOO (as typed)</option>");
        html.ShouldContain("value=\"abc\"");
        html.ShouldMatch("value=\"ablat\" checked=\"checked\"");
    }

    [Theory]
    [InlineData("/evidence/download/nothing.txt?dataset=bcg&measure=RR", HttpStatusCode.NotFound)]
    [InlineData("/evidence/plot/violin.svg?dataset=bcg&measure=RR", HttpStatusCode.NotFound)]
    [InlineData("/evidence/plot/forest.gif?dataset=bcg&measure=RR", HttpStatusCode.NotFound)]
    [InlineData("/evidence/plot/forest.svg?dataset=nope", HttpStatusCode.BadRequest)]
    [InlineData("/evidence/plot/forest.svg?dataset=bcg&measure=RR&method=FOO", HttpStatusCode.BadRequest)]
    [InlineData("/evidence/download/data.csv?dataset=bcg&measure=ZCOR", HttpStatusCode.BadRequest)]
    [InlineData("/evidence?dataset=bcg&measure=RR&threshold=1e999&maxiter=0&tol=x&add=-1&vtype=Q", HttpStatusCode.BadRequest)]
    public async Task BadRequests_Are4xx_Never5xx(string url, HttpStatusCode expected)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.NotFound)
        {
            await response.ShouldBeThe404PageAsync(url); // an unknown download or plot name is the 404 page too
        }
    }

    [Fact]
    public async Task Upload_BadCsv_NamesLineAndColumn_AndKeepsTheRows()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        const string rows = "study,yi,vi\nA,0.1,0.01\nB,0.2,abc\n";

        using var response = await PostCsvAsync(client, token, rows, "mine.csv");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        html = WebUtility.HtmlDecode(html);
        html.ShouldContain("Line 3 (study row 2), column 'vi': 'abc' is not a number.");
        html.ShouldContain(">study,yi,vi\nA,0.1,0.01\nB,0.2,abc\n</textarea>");
        html.ShouldContain("(from mine.csv)");
    }

    [Fact]
    public async Task Upload_GoodCsv_FitsWithInlinePlotsAndRePostedDownloads()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        var expected = Expected("rma_REML_bcg_RR");

        using var response = await PostCsvAsync(client, token, BcgWithMetaforNames(), "bcg-mine.csv", ("measure", "RR"));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Summary(html).ShouldContain($"tau^2 (estimated amount of total heterogeneity): {F(expected.Scalar("tau2"))}");
        WebUtility.HtmlDecode(html).ShouldContain("src=\"data:image/svg+xml;base64,");
        html.ShouldContain("formaction=\"/evidence/download/analysis.R\"");

        using var r = await PostCsvAsync(client, token, BcgWithMetaforNames(), "bcg-mine.csv", "/evidence/download/analysis.R", ("measure", "RR"));
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = await r.Content.ReadAsStringAsync();
        code.ShouldContain("dat <- read.csv(text = '\"trial\",\"author\"");
        code.ShouldContain("escalc(measure=\"RR\", data=dat)");
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = server.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("yi,vi\n0.1,0.01\n"), "csv" } };

        using var response = await client.PostAsync("/evidence", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Upload_NothingGiven_AsksForAFile()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);

        using var response = await PostCsvAsync(client, token, "", null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Choose a CSV file, or paste the rows with a header row.");
    }

    [Fact]
    public async Task EmptyWorkbench_OffersTheDatasets_AndSaysTheKnowledgeHasNoPerStudyTable()
    {
        var (status, html) = await GetAsync("/evidence");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("href=\"/evidence?dataset=bcg&amp;measure=RR&amp;method=REML\"");
        html.ShouldContain("href=\"/evidence?dataset=hackshaw1998&amp;method=REML\"");
        html.ShouldContain("No synthesis or trial in the knowledge carries a per-study table");
        html.ShouldContain("id=\"synthesis-wang-2025-nma\"");
        html.ShouldContain("href=\"/about#source-wang-2025-abstract-painplus\"");
        html.ShouldContain("name=\"__RequestVerificationToken\"");
    }

    internal static string Summary(string html) =>
        WebUtility.HtmlDecode(SummaryBlock().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new ShouldAssertException("no summary on the page"));

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/evidence");
        return TokenField().Match(html).Groups[1].Value;
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string token, string rows, string? fileName, params (string Name, string Value)[] options) =>
        PostCsvAsync(client, token, rows, fileName, "/evidence", options);

    private static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string token, string rows, string? fileName, string url, params (string Name, string Value)[] options)
    {
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fileName is not null && url == "/evidence")
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(rows));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", fileName);
        }
        else
        {
            form.Add(new StringContent(rows), "csv");
            if (fileName is not null) form.Add(new StringContent(fileName), "csvname");
        }

        foreach (var (name, value) in options) form.Add(new StringContent(value), name);
        return await client.PostAsync(url, form);
    }

    [GeneratedRegex("<pre class=\"rma-summary\" id=\"rma-summary\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex SummaryBlock();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
