using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Persistence;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.CdsHooks;

public sealed class CdsHooksApiTests(CdsHooksFixture fixture) : IClassFixture<CdsHooksFixture>
{
    private static string NewInstance() => Guid.NewGuid().ToString();

    private Task<HttpResponseMessage> Call(string hook, JsonObject request) =>
        fixture.PostSigned("/cds-services/" + CdsCharts.ServiceId(hook), request.ToJsonString());

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Discovery_Current_MatchesReviewedSnapshot()
    {
        var response = await fixture.Client().Get("/cds-services");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("\n", customMessage: "the API sends JSON without whitespace");
        var text = System.Text.Json.Nodes.JsonNode.Parse(body)!.ToJsonString(Indented) + "\n";

        Snapshot.Match("cds-discovery", text);
    }

    [Fact]
    public async Task Discovery_PrefetchTemplates_AreValidR4SearchesForTheMappedCodes()
    {
        var services = (await (await fixture.Client().Get("/cds-services")).Json()).GetProperty("services");

        services.EnumerateArray().Select(s => s.GetProperty("hook").GetString()).ShouldBe(["patient-view", "order-select", "order-sign"]);
        foreach (var service in services.EnumerateArray())
        {
            var prefetch = service.GetProperty("prefetch");
            prefetch.GetProperty("patient").GetString().ShouldBe("Patient/{{context.patientId}}");
            prefetch.GetProperty("conditions").GetString().ShouldBe("Condition?patient={{context.patientId}}");
            prefetch.GetProperty("procedures").GetString().ShouldBe("Procedure?patient={{context.patientId}}");
            var observations = prefetch.GetProperty("observations").GetString()!;
            observations.ShouldStartWith("Observation?patient={{context.patientId}}&code=");
            observations.ShouldContain("http://loinc.org|72514-3");
            foreach (var template in prefetch.EnumerateObject().Select(p => p.Value.GetString()!))
            {
                template.ShouldNotContain("sort:desc");
                template.ShouldNotContain("draftOrders");
                (template.StartsWith("Condition", StringComparison.Ordinal) && template.Contains("status=", StringComparison.Ordinal)).ShouldBeFalse(template);
            }

            service.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
            service.GetProperty("usageRequirements").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task Call_NeitherPrefetchNorFhirServer_Is412AndStoresNothing()
    {
        var instance = NewInstance();

        var response = await Call("order-select", CdsCharts.Request("order-select", instance, prefetch: null));

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var problem = await response.Problem();
        problem.GetProperty("missing").Strings().ShouldBe(["patient", "conditions", "observations", "procedures"]);
        await AssertNotStored(instance);
    }

    [Fact]
    public async Task Call_PrefetchKeyAbsentAndNoServer_Is412NamingTheKey()
    {
        var prefetch = CdsCharts.Prefetch("order-sign");
        prefetch.Remove("procedures");

        var response = await Call("order-sign", CdsCharts.Request("order-sign", NewInstance(), prefetch));

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await response.Problem()).GetProperty("missing").Strings().ShouldBe(["procedures"]);
    }

    [Fact]
    public async Task Call_OperationOutcomeInPrefetchAndNoServer_Is412()
    {
        var prefetch = CdsCharts.Prefetch("order-sign");
        prefetch["conditions"] = new JsonObject { ["resourceType"] = "OperationOutcome", ["issue"] = new JsonArray() };

        var response = await Call("order-sign", CdsCharts.Request("order-sign", NewInstance(), prefetch));

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await response.Problem()).GetProperty("missing").Strings().ShouldBe(["conditions"]);
    }

    [Theory]
    [InlineData("{\"hook\": \"order-select\",", "malformed-json", "$")]
    [InlineData("[]", "invalid-request", "$")]
    [InlineData("{\"hook\":\"order-select\",\"context\":{\"patientId\":\"p\",\"draftOrders\":{}}}", "invalid-request", "$.hookInstance")]
    [InlineData("{\"hook\":\"order-select\",\"hookInstance\":\"h\"}", "invalid-request", "$.context")]
    [InlineData("{\"hook\":\"order-select\",\"hookInstance\":\"h\",\"context\":{\"patientId\":\"p\"}}", "invalid-request", "$.context.draftOrders")]
    [InlineData("{\"hook\":\"patient-view\",\"hookInstance\":\"h\",\"context\":{\"patientId\":\"p\",\"draftOrders\":{}}}", "wrong-hook", "$.hook")]
    [InlineData("{\"hook\":\"order-select\",\"hookInstance\":\"h\",\"fhirServer\":\"ftp://x\",\"context\":{\"patientId\":\"p\",\"draftOrders\":{}}}", "invalid-request", "$.fhirServer")]
    [InlineData("{\"hook\":\"order-select\",\"hookInstance\":\"h\",\"fhirAuthorization\":{\"access_token\":\"t\"},\"context\":{\"patientId\":\"p\",\"draftOrders\":{}}}", "invalid-request", "$.fhirAuthorization")]
    [InlineData("{\"hook\":\"order-select\",\"hookInstance\":\"h\",\"prefetch\":[],\"context\":{\"patientId\":\"p\",\"draftOrders\":{}}}", "invalid-request", "$.prefetch")]
    public async Task Call_Malformed_Is400NamingThePath(string body, string code, string path)
    {
        var response = await fixture.PostSigned("/cds-services/spinewise-order-select", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Problem()).GetProperty("errors").EnumerateArray().ToList();
        errors.ShouldContain(e => e.GetProperty("code").GetString() == code && e.GetProperty("path").GetString() == path);
    }

    [Fact]
    public async Task Call_UnknownService_Is404WithTheKnownIds()
    {
        var response = await fixture.PostSigned("/cds-services/spinewise-knee", "{}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Problem()).GetProperty("nearest").Strings().ShouldBe(["spinewise-patient-view", "spinewise-order-select", "spinewise-order-sign"]);
    }

    [Fact]
    public async Task Call_FhirServerFails_Is412()
    {
        await using var fhir = await FakeFhirServer.StartAsync();
        fhir.FailWith = 500;

        var response = await Call("order-sign", CdsCharts.Request("order-sign", NewInstance(), prefetch: null, fhir.BaseUrl.ToString(), "tok-1"));

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        fhir.Requests.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Call_FhirServerTooSlow_Is412WithinTheDeadline()
    {
        await using var fhir = await FakeFhirServer.StartAsync();
        fhir.Delay = TimeSpan.FromSeconds(20);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await Call("order-sign", CdsCharts.Request("order-sign", NewInstance(), prefetch: null, fhir.BaseUrl.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Call_WithoutToken_Is401AndStoresNothing()
    {
        var instance = NewInstance();

        var response = await fixture.Client().PostJson("/cds-services/spinewise-order-sign", CdsCharts.Request("order-sign", instance, CdsCharts.Prefetch("order-sign")).ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await AssertNotStored(instance);
    }

    [Fact]
    public async Task Storage_HookCallLookup_UnknownHookInstanceListsNothing()
    {
        var response = await fixture.Client().Get("/api/evaluations?hookInstance=" + NewInstance());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Json()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    internal async Task AssertNotStored(string hookInstance)
    {
        var store = fixture.Factory.Services.GetRequiredService<IEvaluationStore>();
        (await store.ListAsync(new EvaluationQuery { HookInstance = hookInstance })).Items.ShouldBeEmpty();
    }
}
