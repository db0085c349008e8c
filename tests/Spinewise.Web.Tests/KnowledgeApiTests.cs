using System.Net;
using System.Text.Json.Nodes;

namespace Spinewise.Web.Tests;

public sealed class KnowledgeApiTests(KnowledgeApiTests.Fixture fixture) : IClassFixture<KnowledgeApiTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private HttpClient Client => fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/api/guidelines", "guidelines")]
    [InlineData("/api/guidelines/aspn-2022", "guideline show aspn-2022")]
    [InlineData("/api/recommendations?guideline=aspn-2022&intervention=lumbar-rfa", "recommendations --guideline aspn-2022 --intervention lumbar-rfa")]
    [InlineData("/api/recommendations?intervention=lumbar-rfa&grade=A", "recommendations --intervention lumbar-rfa --grade A")]
    [InlineData("/api/interventions", "interventions")]
    [InlineData("/api/compare?intervention=lumbar-rfa&pain=axial", "compare --intervention lumbar-rfa --pain axial")]
    [InlineData("/api/compare?intervention=ESI", "compare --intervention ESI")]
    [InlineData("/api/trials?intervention=pild", "trials --intervention pild")]
    [InlineData("/api/trials/motion", "trial show motion")]
    [InlineData("/api/syntheses", "syntheses")]
    [InlineData("/api/schemes", "schemes")]
    [InlineData("/api/tables?guideline=aspn-2022", "tables --guideline aspn-2022")]
    public async Task Get_KnownQuery_SameJsonAsCli(string path, string command)
    {
        var response = await Client.Get(path);
        var cli = CliInProcess.Of([.. command.Split(' '), "--json"]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        cli.ExitCode.ShouldBe(0, cli.Error);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("\n", customMessage: "the API sends JSON without whitespace");
        JsonNode.Parse(body)!.ToJsonString().ShouldBe(JsonNode.Parse(cli.Out)!.ToJsonString());
    }

    [Fact]
    public async Task GetIntervention_Synonym_200()
    {
        var response = await Client.Get("/api/interventions/lumbar-rfa");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/guidelines/aspn-2020", "aspn-2022")]
    [InlineData("/api/interventions/lumbar-rf", "lumbar-rfa")]
    [InlineData("/api/trials/motoin", "motion")]
    [InlineData("/api/recommendations?intervention=lumbar-rf", "lumbar-rfa")]
    [InlineData("/api/compare?intervention=lumbar-rf", "lumbar-rfa")]
    [InlineData("/api/tables?guideline=aspn-2020", "aspn-2022")]
    public async Task Get_UnknownId_404WithNearest(string path, string nearest)
    {
        var response = await Client.Get(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Problem();
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("nearest").Strings().ShouldContain(n => n.StartsWith(nearest, StringComparison.Ordinal));
        problem.GetProperty("parameter").GetString().ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("/api/guidelines?colour=red", "colour")]
    [InlineData("/api/recommendations?guideline=aspn-2022&intervnetion=lumbar-rfa", "intervnetion")]
    [InlineData("/api/guidelines/aspn-2022?id=x", "id")]
    public async Task Get_UnknownQueryParameter_400NamingIt(string path, string parameter)
    {
        var response = await Client.Get(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Problem();
        problem.GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Fact]
    public async Task Compare_InvalidPain_400NamingPain()
    {
        var response = await Client.Get("/api/compare?intervention=lumbar-rfa&pain=sharp");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Problem();
        problem.GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe("pain");
        problem.GetProperty("allowed").Strings().ShouldBe(["axial", "radicular"]);
    }

    [Theory]
    [InlineData("/api/compare", "intervention")]
    [InlineData("/api/tables", "guideline")]
    public async Task Get_MissingRequiredParameter_400NamingIt(string path, string parameter)
    {
        var response = await Client.Get(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("detail").GetString()!.ShouldContain(parameter);
    }
}
