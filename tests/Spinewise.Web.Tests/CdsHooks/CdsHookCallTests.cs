using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Persistence;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>Hook calls answered with cards: each hook with prefetch, from a FHIR server, null prefetch values, storage.</summary>
public sealed class CdsHookCallTests(CdsHooksFixture fixture) : IClassFixture<CdsHooksFixture>
{
    private static string NewInstance() => Guid.NewGuid().ToString();

    private IEvaluationStore Store => fixture.Factory.Services.GetRequiredService<IEvaluationStore>();

    private Task<HttpResponseMessage> Call(string hook, JsonObject request) =>
        fixture.PostSigned("/cds-services/" + CdsCharts.ServiceId(hook), request.ToJsonString());

    private async Task<EvaluationRecord> StoredCall(string hookInstance) =>
        (await Store.ListAsync(new EvaluationQuery { HookInstance = hookInstance })).Items.ShouldHaveSingleItem();

    [Theory]
    [InlineData("order-select")]
    [InlineData("order-sign")]
    public async Task Call_OrderHookWithPrefetch_AnswersACardOnTheOrderedProcedureAndStoresIt(string hook)
    {
        var instance = NewInstance();

        var response = await Call(hook, CdsCharts.Request(hook, instance, CdsCharts.Prefetch(hook)));

        await response.ShouldBeOk();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var card = JsonDocument.Parse(bytes).RootElement.GetProperty("cards").EnumerateArray().ShouldHaveSingleItem();
        card.GetProperty("uuid").GetString().ShouldNotBeNullOrEmpty();
        card.GetProperty("summary").GetString()!.Length.ShouldBeLessThan(140);
        card.GetProperty("indicator").GetString().ShouldBeOneOf("info", "warning", "critical");
        card.GetProperty("overrideReasons").GetArrayLength().ShouldBeGreaterThan(0);
        card.GetProperty("source").GetProperty("topic").GetProperty("code").GetString().ShouldBe("epidural-steroid-injection");
        var stored = await StoredCall(instance);
        stored.Channel.ShouldBe("cds-hooks");
        stored.Hook.ShouldBe(hook);
        stored.Cards.ShouldBe(bytes);
        stored.OutputSha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        card.GetProperty("links")[0].GetProperty("url").GetString().ShouldBe($"http://localhost/evaluations/{stored.Id}");
    }

    [Fact]
    public async Task Call_PatientViewWithPrefetch_AnswersOneSummaryCard()
    {
        var response = await Call("patient-view", CdsCharts.Request("patient-view", NewInstance(), CdsCharts.Prefetch("patient-view")));

        await response.ShouldBeOk();
        var cards = (await response.Json()).GetProperty("cards");
        cards.GetArrayLength().ShouldBe(1);
        cards[0].TryGetProperty("overrideReasons", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Call_PatientViewOfAChartWithoutBackPain_AnswersNoCardAndIsStored()
    {
        var instance = NewInstance();
        var prefetch = CdsCharts.Prefetch("patient-view");
        prefetch["conditions"] = null;
        prefetch["observations"] = null;

        var response = await Call("patient-view", CdsCharts.Request("patient-view", instance, prefetch));

        await response.ShouldBeOk();
        (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("").Replace(" ", "", StringComparison.Ordinal).ShouldBe("{\"cards\":[]}");
        (await StoredCall(instance)).Hook.ShouldBe("patient-view");
    }

    [Fact]
    public async Task Call_StoredInput_IsTheBodyAsReceivedWithTheAccessTokenRedacted()
    {
        var instance = NewInstance();
        await using var fhir = await FakeFhirServer.StartAsync();
        var body = CdsCharts.Request("order-sign", instance, CdsCharts.Prefetch("order-sign"), fhir.BaseUrl.ToString(), "secret-token-42").ToJsonString();

        var response = await fixture.PostSigned("/cds-services/spinewise-order-sign", body);

        await response.ShouldBeOk();
        var stored = Encoding.UTF8.GetString((await StoredCall(instance)).Input);
        stored.ShouldBe(body.Replace("\"secret-token-42\"", "\"redacted\"", StringComparison.Ordinal));
        fhir.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Call_NoPrefetch_ReadsTheChartFromFhirServerWithTheBearerToken()
    {
        var instance = NewInstance();
        await using var fhir = await FakeFhirServer.StartAsync();

        var response = await Call("order-select", CdsCharts.Request("order-select", instance, prefetch: null, fhir.BaseUrl.ToString(), "tok-7"));

        await response.ShouldBeOk();
        (await response.Json()).GetProperty("cards").GetArrayLength().ShouldBe(1);
        var requests = fhir.Requests.ToList();
        requests.Select(r => r.PathAndQuery.Split('?')[0]).Order().ShouldBe(["/fhir/Condition", "/fhir/Observation", "/fhir/Patient/pt-1", "/fhir/Procedure"]);
        requests.ShouldAllBe(r => r.Authorization == "Bearer tok-7");
        requests.Single(r => r.PathAndQuery.StartsWith("/fhir/Condition", StringComparison.Ordinal)).PathAndQuery.ShouldBe("/fhir/Condition?patient=pt-1");
    }

    [Fact]
    public async Task Call_PagedSearch_FollowsNextOnTheSameServerWithTheToken()
    {
        await using var fhir = await FakeFhirServer.StartAsync();
        fhir.PagedConditions = true;

        var response = await Call("order-sign", CdsCharts.Request("order-sign", NewInstance(), prefetch: null, fhir.BaseUrl.ToString(), "tok-9"));

        await response.ShouldBeOk();
        fhir.Requests.ShouldContain(r => r.PathAndQuery == "/fhir/Condition?patient=pt-1&page=2" && r.Authorization == "Bearer tok-9");
    }

    [Fact]
    public async Task Call_NextLinkToAnotherServer_NotFollowedSo412()
    {
        await using var fhir = await FakeFhirServer.StartAsync();
        await using var other = await FakeFhirServer.StartAsync();
        fhir.PagedConditions = true;
        fhir.NextPageBase = other.BaseUrl.ToString();

        var response = await Call("order-sign", CdsCharts.Request("order-sign", NewInstance(), prefetch: null, fhir.BaseUrl.ToString(), "tok-10"));

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await response.Problem()).GetProperty("missing").Strings().ShouldBe(["conditions"]);
        other.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Call_NullPrefetchValue_IsNoDataAndNotFetched()
    {
        var instance = NewInstance();
        await using var fhir = await FakeFhirServer.StartAsync();
        var prefetch = CdsCharts.Prefetch("order-select");
        prefetch["procedures"] = null;

        var response = await Call("order-select", CdsCharts.Request("order-select", instance, prefetch, fhir.BaseUrl.ToString(), "tok-8"));

        await response.ShouldBeOk();
        fhir.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Call_UnknownFields_AreIgnored()
    {
        var plain = CdsCharts.Request("order-sign", NewInstance(), CdsCharts.Prefetch("order-sign"));
        var extended = CdsCharts.Request("order-sign", NewInstance(), CdsCharts.Prefetch("order-sign"));
        extended["extension"] = new JsonObject { ["com.example.thing"] = 1 };
        extended["futureField"] = new JsonArray(1, 2);
        ((JsonObject)extended["context"]!)["encounterId"] = "Encounter/e-1";
        ((JsonObject)extended["context"]!)["somethingNew"] = true;

        var first = await Call("order-sign", plain);
        var second = await Call("order-sign", extended);

        await first.ShouldBeOk();
        await second.ShouldBeOk();
        Summaries(await second.Json()).ShouldBe(Summaries(await first.Json()));
    }

    [Fact]
    public async Task Lookup_ByHookInstance_FindsTheCallAndShowsItsCards()
    {
        var instance = NewInstance();
        var answer = await (await Call("order-sign", CdsCharts.Request("order-sign", instance, CdsCharts.Prefetch("order-sign")))).Content.ReadAsStringAsync();

        var page = await (await fixture.Client().Get("/api/evaluations?hookInstance=" + instance)).Json();
        var id = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("evaluationId").GetString();
        var shown = await (await fixture.Client().Get("/api/evaluations/" + id)).Json();

        shown.GetProperty("channel").GetString().ShouldBe("cds-hooks");
        shown.GetProperty("hookInstance").GetString().ShouldBe(instance);
        shown.GetProperty("cardsIntact").GetBoolean().ShouldBeTrue();
        JsonNode.DeepEquals(JsonNode.Parse(shown.GetProperty("cards").GetRawText()), JsonNode.Parse(answer)).ShouldBeTrue();
        (await fixture.Client().PostAsync(Http.Path($"/api/evaluations/{id}/replay"), null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Feedback_OnACardOfACall_LinksToItsEvaluation()
    {
        var instance = NewInstance();
        var cards = await (await Call("order-select", CdsCharts.Request("order-select", instance, CdsCharts.Prefetch("order-select")))).Json();
        var card = cards.GetProperty("cards")[0].GetProperty("uuid").GetString();

        var response = await fixture.PostSigned(
            "/cds-services/spinewise-order-select/feedback",
            $$"""{"feedback":[{"card":"{{card}}","outcome":"overridden","outcomeTimestamp":"2026-12-02T04:05:31Z"}]}""");

        await response.ShouldBeOk();
        (await Store.ListFeedbackAsync(card!)).ShouldHaveSingleItem().EvaluationId.ShouldBe((await StoredCall(instance)).Id);
    }

    private static string[] Summaries(JsonElement answer) =>
        [.. answer.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("summary").GetString()!)];
}
