using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Spinewise.Web.Tests;

/// <summary><c>POST /api/evaluate</c> with <c>application/fhir+json</c>: a FHIR R4 Bundle evaluated, stored and replayed.</summary>
public sealed class EvaluateFhirApiTests(EvaluateFhirApiTests.Fixture fixture) : IClassFixture<EvaluateFhirApiTests.Fixture>
{
    private const string Fhir = "application/fhir+json";

    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private HttpClient Client => fixture.Factory.CreateClient();

    private static byte[] Chart(string name) => File.ReadAllBytes(Path.Combine(Spinewise.Testing.RepositoryPaths.Repository, "examples", "fhir", name + ".json"));

    [Fact]
    public async Task Evaluate_FhirBundle_201WithDecisionCaseAndUnmapped()
    {
        var response = await Client.PostBytes("/api/evaluate?asOf=2026-12-01", Chart("disc-herniation-tfesi"), Fhir);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Json();
        var id = body.GetProperty("evaluationId").GetString();
        response.Headers.Location!.ToString().ShouldBe($"/api/evaluations/{id}");
        body.GetProperty("decision").GetProperty("caseId").GetString().ShouldBe("disc-herniation-tfesi");
        body.GetProperty("case").GetProperty("conditions").Strings().ShouldBe(["disc-herniation"]);
        body.GetProperty("case").GetProperty("age").GetInt32().ShouldBe(41);
        body.GetProperty("unmapped").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Evaluate_FhirBundle_SameAsCli()
    {
        var path = Path.Combine(Spinewise.Testing.RepositoryPaths.Repository, "examples", "fhir", "facet-axial-rfa-no-block.json");
        var response = await Client.PostBytes("/api/evaluate?asOf=2026-12-01", File.ReadAllBytes(path), Fhir);
        var cli = CliInProcess.Of("recommend", "--fhir", path, "--as-of", "2026-12-01", "--json");

        cli.ExitCode.ShouldBe(0, cli.Error);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        api.Remove("evaluationId").ShouldBeTrue();
        api.ToJsonString().ShouldBe(JsonNode.Parse(cli.Out)!.ToJsonString());
    }

    [Fact]
    public async Task Evaluate_UnmappedCode_IsListed()
    {
        var bundle = Encoding.UTF8.GetString(Chart("no-back-pain")).Replace("\"M81.0\"", "\"M81.9\"", StringComparison.Ordinal);

        var body = await (await Client.PostBytes("/api/evaluate?asOf=2026-12-01", Encoding.UTF8.GetBytes(bundle), Fhir)).Json();

        var unmapped = body.GetProperty("unmapped").EnumerateArray().ShouldHaveSingleItem();
        unmapped.GetProperty("code").GetString().ShouldBe("M81.9");
        unmapped.GetProperty("element").GetString().ShouldBe("Bundle.entry[1].resource.code.coding[0]");
    }

    [Fact]
    public async Task Evaluate_InvalidFhir_400NamingTheElement()
    {
        var bundle = Encoding.UTF8.GetString(Chart("disc-herniation-tfesi")).Replace("\"gender\": \"male\"", "\"gender\": \"man\"", StringComparison.Ordinal);

        var response = await Client.PostBytes("/api/evaluate", Encoding.UTF8.GetBytes(bundle), Fhir);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("path").GetString().ShouldBe("Bundle.entry[0].resource.gender");
        error.GetProperty("message").GetString()!.ShouldStartWith("Patient/disc-herniation-tfesi:");
    }

    [Theory]
    [InlineData("\"resourceType\": \"Patient\",", "", "Bundle.entry[0].resource")]
    [InlineData("\"resourceType\": \"Patient\"", "\"resourceType\": \"Spine\"", "Bundle.entry[0].resource")]
    [InlineData("\"birthDate\": \"1985-12-01\"", "\"birthDate\": 1985", "Bundle.entry[0].resource.birthDate")]
    public async Task Evaluate_MalformedResource_400AtItsPath(string from, string to, string path)
    {
        var bundle = Encoding.UTF8.GetString(Chart("disc-herniation-tfesi")).Replace(from, to, StringComparison.Ordinal);

        var response = await Client.PostBytes("/api/evaluate", Encoding.UTF8.GetBytes(bundle), Fhir);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("path").GetString() == path);
    }

    [Fact]
    public async Task Evaluate_HugeArray_400AtTheArray()
    {
        var codings = string.Join(",", Enumerable.Repeat("""{"system":"urn:x","code":"1"}""", 10_001));
        var chart = Encoding.UTF8.GetString(Chart("disc-herniation-tfesi"));
        var at = chart.IndexOf("\"coding\": [", StringComparison.Ordinal) + "\"coding\": [".Length;
        var bundle = chart[..at] + codings + "," + chart[at..]; // the first concept's codings, under the body size limit

        var response = await Client.PostBytes("/api/evaluate", Encoding.UTF8.GetBytes(bundle), Fhir);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("path").GetString()!.ShouldEndWith(".coding");
    }

    [Fact]
    public async Task Evaluate_ChartMappingToAnInvalidCase_422AtTheFhirElement()
    {
        var bundle = Encoding.UTF8.GetString(Chart("disc-herniation-tfesi")).Replace("\"birthDate\": \"1985-12-01\"", "\"birthDate\": \"1885-12-01\"", StringComparison.Ordinal);

        var response = await Client.PostBytes("/api/evaluate?asOf=2026-12-01", Encoding.UTF8.GetBytes(bundle), Fhir);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("path").GetString().ShouldBe("Bundle.entry[0].resource.birthDate");
    }

    [Fact]
    public async Task StoredFhirEvaluation_IsReproducedAndReplays()
    {
        var posted = await (await Client.PostBytes("/api/evaluate?asOf=2026-12-01", Chart("stenosis-claudication-pild"), Fhir)).Json();
        var id = posted.GetProperty("evaluationId").GetString();

        var record = await (await Client.Get($"/api/evaluations/{id}")).Json();
        var replay = await Client.PostBytes($"/api/evaluations/{id}/replay", [], null);

        record.GetProperty("inputContentType").GetString().ShouldBe(Fhir);
        record.GetProperty("input").GetProperty("resourceType").GetString().ShouldBe("Bundle");
        record.GetProperty("reproduced").GetBoolean().ShouldBeTrue();
        replay.StatusCode.ShouldBe(HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());
    }
}
