using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Spinewise.Web.Tests;

public sealed class EvaluateApiTests(EvaluateApiTests.Fixture fixture) : IClassFixture<EvaluateApiTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new(new Dictionary<string, string?> { ["Spinewise:Limits:MaxBodyBytes"] = "65536" });

        public void Dispose() => Factory.Dispose();
    }

    private HttpClient Client => fixture.Factory.CreateClient();

    [Fact]
    public async Task Evaluate_ValidCase_201WithIdAndLocation()
    {
        var response = await Client.PostJson("/api/evaluate", Http.StenosisCase);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Json();
        var id = body.GetProperty("evaluationId").GetString();
        Guid.Parse(id!).Version.ShouldBe(7);
        response.Headers.Location!.ToString().ShouldBe($"/api/evaluations/{id}");
        body.GetProperty("caseId").GetString().ShouldBe("stenosis-claudication");
    }

    [Fact]
    public async Task Evaluate_SameCaseAsCli_IdenticalWithoutEvaluationId()
    {
        var response = await Client.PostJson("/api/evaluate", Http.StenosisCase);
        var cli = CliInProcess.Of("recommend", "--case", Http.StenosisCasePath, "--json");

        cli.ExitCode.ShouldBe(0, cli.Error);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        api.Remove("evaluationId").ShouldBeTrue();
        api.ToJsonString().ShouldBe(JsonNode.Parse(cli.Out)!.ToJsonString());
    }

    [Fact]
    public async Task Evaluate_AsOf_UsedWhenCaseHasNone()
    {
        var text = Http.StenosisCase.Replace("\"asOf\": \"2026-12-01\",", "", StringComparison.Ordinal);

        var response = await Client.PostJson("/api/evaluate?asOf=2025-03-04", text);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.Json()).GetProperty("asOf").GetString().ShouldBe("2025-03-04");
    }

    [Fact]
    public async Task Evaluate_BadAsOf_400NamingAsOf()
    {
        var response = await Client.PostJson("/api/evaluate?asOf=tomorrow", Http.StenosisCase);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe("asOf");
    }

    [Fact]
    public async Task Evaluate_MalformedJson_400NamingLineAndColumn()
    {
        var response = await Client.PostJson("/api/evaluate", "{\n  \"id\": \"x\",\n  \"age\": 68,,\n}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.Problem()).GetProperty("errors")[0];
        error.GetProperty("line").GetInt32().ShouldBe(3);
        error.GetProperty("column").GetInt32().ShouldBeGreaterThan(0);
        error.GetProperty("code").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Evaluate_InvalidCase_422WithEveryProblem()
    {
        var text = Http.StenosisCase
            .Replace("\"age\": 68", "\"age\": -3", StringComparison.Ordinal)
            .Replace("\"lumbar-spinal-stenosis\"", "\"lumbar-spinal-stenosys\"", StringComparison.Ordinal);

        var response = await Client.PostJson("/api/evaluate", text);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Problem()).GetProperty("errors").EnumerateArray().ToList();
        errors.Count.ShouldBeGreaterThanOrEqualTo(2);
        errors.ShouldContain(e => e.GetProperty("path").GetString() == "$.age");
        errors.ShouldContain(e => e.GetProperty("path").GetString()!.StartsWith("$.conditions", StringComparison.Ordinal));
        errors.ShouldAllBe(e => e.GetProperty("line").GetInt32() > 0);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task Evaluate_WrongContentType_415(string? contentType)
    {
        var response = await Client.PostBytes("/api/evaluate", Encoding.UTF8.GetBytes(Http.StenosisCase), contentType);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Problem()).GetProperty("accepted").Strings().ShouldBe(["application/json", "application/fhir+json"]);
    }

    [Fact]
    public async Task Evaluate_BodyOverLimit_413()
    {
        var big = "{\"id\": \"" + new string('x', 70_000) + "\"}";

        var response = await Client.PostJson("/api/evaluate", big);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Problem()).GetProperty("limit").GetInt64().ShouldBe(65536);
    }

    [Fact]
    public async Task Evaluate_ChunkedBodyOverLimit_413()
    {
        using var stream = new NonSeekable(Encoding.UTF8.GetBytes("{\"id\": \"" + new string('x', 70_000) + "\"}"));
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await Client.PostAsync(Http.Path("/api/evaluate"), content);

        content.Headers.ContentLength.ShouldBeNull();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Evaluate_UnknownQueryParameter_400()
    {
        var response = await Client.PostJson("/api/evaluate?as-of=2025-01-01", Http.StenosisCase);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe("as-of");
    }

    /// <summary>A stream of unknown length, so the body is sent without Content-Length.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
