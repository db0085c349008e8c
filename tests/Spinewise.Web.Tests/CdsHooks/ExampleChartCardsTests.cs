using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Testing;
using Spinewise.Web.Tests.CdsSecurity;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>
/// The cards the service answers for each FHIR example chart in <c>examples/fhir/</c>, end to end: the chart sent as
/// an EHR's prefetch (its ServiceRequest as the selected draft order; patient-view when it has none), with a verified
/// token, on a fixed clock so ages and durations stay as reviewed. Ids (evaluation, card and suggestion uuids) are
/// replaced by their order of appearance.
/// </summary>
public sealed partial class ExampleChartCardsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TrustedEhr _ehr = new();
    private readonly WebFactory _factory;

    public ExampleChartCardsTests() =>
        _factory = new WebFactory(_ehr.Settings(), services => services.AddSingleton<TimeProvider>(new FixedNow(Now)));

    public static TheoryData<string> Charts() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "fhir"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task Chart_AsPrefetch_CardsMatchReviewedSnapshot(string chart)
    {
        var bundle = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "examples", "fhir", chart + ".json")))!.AsObject();
        var (hook, request) = Request(bundle);
        var path = "/cds-services/" + CdsCharts.ServiceId(hook);
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", new CdsTokens(Now).With("aud", "http://localhost" + path).Sign(_ehr.Es));

        var response = await client.PostJson(path, request.ToJsonString());

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var cards = JsonNode.Parse(body)!["cards"]!.AsArray();
        if (chart == "no-back-pain")
        {
            cards.ShouldBeEmpty();
        }
        else
        {
            cards.ShouldNotBeEmpty();
        }

        Snapshot.Match("cards-" + chart, Scrub(JsonNode.Parse(body)!.ToJsonString(Indented)) + "\n");
    }

    public void Dispose()
    {
        _factory.Dispose();
        _ehr.Dispose();
    }

    /// <summary>The hook call an EHR would send for the chart: its resources as the prefetch, its orders as draft orders.</summary>
    private static (string Hook, JsonObject Request) Request(JsonObject bundle)
    {
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!.DeepClone().AsObject()).ToList();
        JsonObject Of(string type) => Searchset(resources.Where(r => (string?)r["resourceType"] == type));
        var patient = resources.Single(r => (string?)r["resourceType"] == "Patient");
        var orders = resources.Where(r => (string?)r["resourceType"] == "ServiceRequest").ToList();
        var hook = orders.Count == 0 ? "patient-view" : "order-select";
        var context = new JsonObject { ["userId"] = "Practitioner/dr-1", ["patientId"] = (string?)patient["id"] };
        var prefetch = new JsonObject
        {
            ["patient"] = patient,
            ["conditions"] = Of("Condition"),
            ["observations"] = Of("Observation"),
            ["procedures"] = Of("Procedure"),
        };
        if (hook == "patient-view")
        {
            prefetch["serviceRequests"] = Searchset([]);
        }
        else
        {
            context["draftOrders"] = new JsonObject
            {
                ["resourceType"] = "Bundle",
                ["type"] = "collection",
                ["entry"] = new JsonArray([.. orders.Select(o => (JsonNode)new JsonObject { ["resource"] = o })]),
            };
            context["selections"] = new JsonArray([.. orders.Select(o => (JsonNode)JsonValue.Create("ServiceRequest/" + (string?)o["id"])!)]);
        }

        return (hook, new JsonObject { ["hook"] = hook, ["hookInstance"] = Guid.NewGuid().ToString(), ["context"] = context, ["prefetch"] = prefetch });
    }

    private static JsonObject Searchset(IEnumerable<JsonObject> resources)
    {
        var list = resources.ToList();
        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset", ["total"] = list.Count };
        if (list.Count > 0)
        {
            bundle["entry"] = new JsonArray([.. list.Select(r => (JsonNode)new JsonObject
            {
                ["fullUrl"] = $"https://ehr.example.org/fhir/{(string?)r["resourceType"]}/{(string?)r["id"]}",
                ["resource"] = r,
            })]);
        }

        return bundle;
    }

    private static string Scrub(string text)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        return Uuid().Replace(text, m => seen.TryGetValue(m.Value, out var known) ? known : seen[m.Value] = $"<id-{seen.Count + 1}>");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    private sealed class FixedNow(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
