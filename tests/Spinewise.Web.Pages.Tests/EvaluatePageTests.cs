using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Domain.Cases;
using Spinewise.Persistence;
using Spinewise.Testing;
using Spinewise.Web.Pages.Tests.Support;
using Spinewise.Web.Tests;
using static Spinewise.Web.Pages.Tests.EvaluateForms;

namespace Spinewise.Web.Pages.Tests;

/// <summary>/evaluate and /evaluations/{id} over plain HTTP: content, validation beside the fields, limits, antiforgery, 404s, replay.</summary>
[Collection(PageTests.Name)]
public sealed class EvaluatePageTests(PagesServer server)
{
    private static readonly (string, string)[] Stenosis =
    [
        ("Form.Id", "form-stenosis"), ("Form.AsOf", "2026-12-01"), ("Form.Age", "68"), ("Form.Sex", "female"), ("Form.PainDurationMonths", "14"),
        ("Form.PainType", "axial-and-radicular"), ("Form.Conditions[lumbar-spinal-stenosis]", "present"), ("Form.Conditions[neurogenic-claudication]", "present"),
        ("Form.Conditions[cancer]", "ruled-out"), ("Form.Conditions[disc-herniation]", "unknown"), ("Form.Findings[nprs]", "7"), ("Form.Findings[odi]", ""),
        ("Form.Flags[activeInfection]", "no"), ("Form.Flags[pregnancy]", "unknown"), ("Form.History[0].Intervention", "conservative-care"),
        ("Form.History[0].Months", "6"), ("Form.History[0].Outcome", "failed"), ("Form.NotDone", "spinal-fusion"),
    ];

    [Fact]
    public async Task Evaluate_Empty_OffersEveryVocabularyEntryAndUnknownAsTheDefault()
    {
        using var client = server.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/evaluate", UriKind.Relative)));
        var kb = server.Services.GetRequiredService<KnowledgeHost>().Knowledge;

        foreach (var condition in kb.Conditions)
        {
            html.ShouldContain($"name=\"Form.Conditions[{condition.Id.Value}]\" id=\"f-condition-{condition.Id.Value}-unknown\" value=\"unknown\" checked=\"checked\"");
        }

        foreach (var intervention in kb.Interventions)
        {
            html.ShouldContain($"<option value=\"{intervention.Id.Value}\">{intervention.Label}</option>");
        }

        foreach (var flag in CaseFacts.Flags)
        {
            html.ShouldContain($"id=\"f-flag-{flag.Key}-unknown\" value=\"unknown\" checked=\"checked\"");
        }

        foreach (var finding in CaseFacts.Findings)
        {
            html.ShouldContain($"name=\"Form.Findings[{finding.Key}]\"");
        }

        html.ShouldContain("id=\"f-sex-unknown\" value=\"unknown\" checked=\"checked\"");
    }

    [Fact]
    public async Task Post_Form_StoresTheCaseJsonLikeTheApi_AndRedirectsSeeOther()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);

        using var response = await PostAsync(client, null, token, Stenosis);

        var id = EvaluationId(response);
        var record = await server.Services.GetRequiredService<IEvaluationStore>().GetAsync(id);
        record.ShouldNotBeNull();
        record.Channel.ShouldBe("api");
        record.InputContentType.ShouldBe("application/json");
        var input = Encoding.UTF8.GetString(record.Input);
        input.ShouldContain("\"age\": 68");
        input.ShouldContain("\"ruledOut\": [\n    \"cancer\"\n  ]");
        input.ShouldContain("\"activeInfection\": false");
        input.ShouldNotContain("pregnancy"); // unknown is left out, never false
        input.ShouldNotContain("disc-herniation");
        input.ShouldNotContain("odi");
        input.ShouldContain("\"notDone\": [\n    \"spinal-fusion\"\n  ]");
    }

    [Fact]
    public async Task Post_BadNumberAndAgeOutOfRange_MarkedBesideTheirFields_EverythingTypedKept()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);

        using var bad = await PostAsync(client, null, token, [.. Stenosis.Where(f => f.Item1 != "Form.Findings[nprs]"), ("Form.Findings[nprs]", "seven")]);
        var badHtml = await bad.Content.ReadAsStringAsync();
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Element(badHtml, "f-finding-nprs-error").ShouldContain("“seven” is not a number");
        badHtml.ShouldContain("value=\"seven\"");
        badHtml.ShouldContain("href=\"#f-finding-nprs\"");
        badHtml.ShouldContain("id=\"f-condition-cancer-ruled-out\" value=\"ruled-out\" checked=\"checked\"");
        badHtml.ShouldContain("<option value=\"conservative-care\" selected=\"selected\">");

        using var old = await PostAsync(client, null, token, [.. Stenosis.Where(f => f.Item1 != "Form.Age"), ("Form.Age", "130")]);
        var oldHtml = WebUtility.HtmlDecode(await old.Content.ReadAsStringAsync());
        old.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Element(oldHtml, "f-age-error").ShouldContain("$.age");
        oldHtml.ShouldContain("id=\"f-age\" name=\"Form.Age\" value=\"130\"");
        oldHtml.ShouldContain("aria-invalid=\"true\" aria-describedby=\"f-age-hint f-age-error\"");
    }

    [Fact]
    public async Task Post_MalformedCaseJson_NamesTheLine_AndKeepsTheText()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        const string broken = "{\n  \"id\": \"x\",\n  \"age\": 68,,\n}";

        using var response = await PostAsync(client, "Json", token, [("CaseJson", broken)]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Element(html, "f-casejson-error").ShouldContain("line 3");
        html.ShouldContain(broken);
    }

    [Fact]
    public async Task Post_MalformedFhir_ShownBesideTheBundle_AndKeepsTheText()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        const string notABundle = "{\"resourceType\": \"Patient\", \"id\": \"p1\"}";

        using var response = await PostAsync(client, "Fhir", token, [("FhirJson", notABundle), ("FhirAsOf", "2026-12-01")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Element(html, "f-fhirjson-error").ShouldContain("[SW");
        html.ShouldContain(notABundle);
        html.ShouldContain("value=\"2026-12-01\"");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400()
    {
        using var client = server.CreateClient();
        await TokenAsync(client);

        using var response = await PostAsync(client, null, token: null, [.. Stenosis.Where(f => f.Item1 != "Form.Id"), ("Form.Id", "form-stenosis-no-token")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await server.Services.GetRequiredService<IEvaluationStore>().ListAsync(new EvaluationQuery { CaseId = "form-stenosis-no-token" })).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_UploadOverTheFormLimit_IsAClearErrorBesideTheFile()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        var big = Encoding.UTF8.GetBytes("{\"id\": \"big\", \"x\": \"" + new string('a', 300 * 1024) + "\"}");

        using var response = await PostAsync(client, "Json", token, [("CaseJson", "")], ("CaseFile", "big.json", big));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Element(html, "f-casefile-error").ShouldContain("may be at most 256 KB");
    }

    [Fact]
    public async Task Post_BodyOverTheRequestLimit_SentBackToTheFormWithAMessage_NothingRead()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        var huge = new byte[900 * 1024];

        using var response = await PostAsync(client, "Json", token, [], ("CaseFile", "huge.json", huge));

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.ShouldBe("/evaluate?tooLarge=true");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        html.ShouldContain("larger than this service accepts");
    }

    [Fact]
    public async Task Evaluation_UnknownOrMalformedId_IsThe404Page()
    {
        using var client = server.CreateClient();

        foreach (var path in new[] { "/evaluations/not-a-uuid", $"/evaluations/{Guid.CreateVersion7()}", $"/evaluate?from={Guid.CreateVersion7()}", "/evaluate?from=x" })
        {
            await client.ShouldBeThe404PageAsync(path);
        }
    }

    [Fact]
    public async Task PastedExampleCase_ResultShowsGroupsQuestionsStancesConflictsAndCriteriaWithSources()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);

        using var response = await PostAsync(client, "Json", token, [("CaseJson", Example("cases", "stenosis-claudication.json"))]);
        var id = EvaluationId(response);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/evaluations/{id}", UriKind.Relative)));

        html.ShouldContain("Evaluation of case <span class=\"case-id\">stenosis-claudication</span>");
        html.ShouldContain("id=\"group-undetermined\"");
        html.ShouldContain("<h2 id=\"ask-next-title\">What to ask next</h2>");
        html.IndexOf("id=\"ask-next\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"group-", StringComparison.Ordinal));
        html.ShouldContain("<table class=\"criteria\">");
        html.ShouldContain("href=\"/about#source-");
        html.ShouldContain("class=\"applies applies--yes\">applies</span>");
        html.ShouldContain("Where guidelines disagree for this patient");
        html.ShouldContain("Why they differ, as sources state it:");
        html.ShouldContain($"href=\"/evaluate?from={id}\"");
        html.ShouldContain($"href=\"/decision-aid/pild?evaluation={id}\"");
        html.ShouldContain("href=\"/interventions/pild\"");
    }

    [Fact]
    public async Task EveryExampleCase_Pasted_IsStoredAndItsPageRenders()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Repository, "examples", "cases"), "*.json").Order(StringComparer.Ordinal))
        {
            using var response = await PostAsync(client, "Json", token, [("CaseJson", await File.ReadAllTextAsync(file))]);
            var id = EvaluationId(response);
            using var page = await client.GetAsync(new Uri($"/evaluations/{id}", UriKind.Relative));
            page.StatusCode.ShouldBe(HttpStatusCode.OK, file);
            (await page.Content.ReadAsStringAsync()).ShouldContain($"<span class=\"case-id\">{Path.GetFileNameWithoutExtension(file)}</span>");
        }
    }

    [Fact]
    public async Task Evaluation_DetailsOfABriefProcedure_ShownOnAsking_UnknownProcedureIs400()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        var id = EvaluationId(await PostAsync(client, "Json", token, [("CaseJson", Example("cases", "stenosis-claudication.json"))]));

        var all = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/evaluations/{id}?details=all", UriKind.Relative)));
        using var unknown = await client.GetAsync(new Uri($"/evaluations/{id}?details=no-such-procedure", UriKind.Relative));

        all.ShouldNotContain("procedure--brief");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task From_FillsTheFormWithTheStoredCase()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        var id = EvaluationId(await PostAsync(client, "Json", token, [("CaseJson", Example("cases", "stenosis-claudication.json"))]));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/evaluate?from={id}", UriKind.Relative)));

        html.ShouldContain("id=\"f-age\" name=\"Form.Age\" value=\"68\"");
        html.ShouldContain("id=\"f-finding-ligamentumFlavumMm\" name=\"Form.Findings[ligamentumFlavumMm]\" value=\"3.4\"");
        html.ShouldContain("id=\"f-condition-inflammatory-arthropathy-ruled-out\" value=\"ruled-out\" checked=\"checked\"");
        html.ShouldContain("id=\"f-flag-spinalInstability-no\" value=\"no\" checked=\"checked\"");
        html.ShouldContain("id=\"f-flag-modicChanges-unknown\" value=\"unknown\" checked=\"checked\"");
        html.ShouldContain("<option value=\"medial-branch-block\" selected=\"selected\">");
        html.ShouldContain("name=\"Form.History[1].Date\" value=\"2026-09-01\"");
        html.ShouldContain($"href=\"/evaluations/{id}\"");
    }

    [Fact]
    public async Task FhirBundle_ResultListsTheUnmappedCodes()
    {
        using var client = server.CreateClient();
        var token = await TokenAsync(client);
        var bundle = System.Text.Json.Nodes.JsonNode.Parse(Example("fhir", "stenosis-claudication-pild.json"))!;
        var condition = bundle["entry"]![1]!.DeepClone();
        condition["resource"]!["id"] = "made-up";
        condition["resource"]!["code"] = System.Text.Json.Nodes.JsonNode.Parse("""{"coding": [{"system": "http://snomed.info/sct", "code": "999999999", "display": "Made-up finding"}]}""");
        bundle["entry"]!.AsArray().Add(condition);

        var id = EvaluationId(await PostAsync(client, "Fhir", token, [("FhirJson", ""), ("FhirAsOf", "2026-12-01")], ("FhirFile", "chart.json", Encoding.UTF8.GetBytes(bundle.ToJsonString()))));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/evaluations/{id}", UriKind.Relative)));

        html.ShouldContain("<dd>FHIR R4 Bundle</dd>");
        html.ShouldContain("Codes in the chart that map to nothing");
        html.ShouldContain("<code>999999999</code>");
        (await server.Services.GetRequiredService<IEvaluationStore>().GetAsync(id))!.InputContentType.ShouldBe("application/fhir+json");
    }

    [Fact]
    public async Task Evaluation_AfterTheKnowledgeChanged_ShowsTheReplayDiff()
    {
        // Given an evaluation stored on the original knowledge
        using var original = new TempKnowledge();
        using var edited = new TempKnowledge().Replace("guidelines/aspn-2022/recommendations.yaml", "- { id: pild, stance: for }", "- { id: pild, stance: against }");
        var data = Path.Combine(Path.GetTempPath(), "spinewise-pages-" + Guid.NewGuid().ToString("N"));
        try
        {
            string id;
            using (var first = new WebFactory(new Dictionary<string, string?> { ["Spinewise:Knowledge"] = original.Directory }, dataDirectory: data))
            {
                var content = new StringContent(Example("cases", "stenosis-claudication.json"), Encoding.UTF8, "application/json");
                using var created = await first.CreateClient().PostAsync(new Uri("/api/evaluate", UriKind.Relative), content);
                id = created.Headers.Location!.OriginalString["/api/evaluations/".Length..];
            }

            // When the page is read on a host serving the edited knowledge
            using var second = new WebFactory(new Dictionary<string, string?> { ["Spinewise:Knowledge"] = edited.Directory }, dataDirectory: data);
            var html = WebUtility.HtmlDecode(await second.CreateClient().GetStringAsync(new Uri($"/evaluations/{id}", UriKind.Relative)));

            // Then it shows the answer as stored and what would change now
            html.ShouldContain("The knowledge has changed since this evaluation");
            html.ShouldContain("<code>aspn-2022/pild/1</code>");
            html.ShouldContain("stance for → against");
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
