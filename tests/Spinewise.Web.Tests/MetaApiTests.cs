using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Spinewise.Testing;

namespace Spinewise.Web.Tests;

public sealed class MetaApiTests(MetaApiTests.Fixture fixture) : IClassFixture<MetaApiTests.Fixture>
{
    private const string Bcg = "measure=RR&ai=tpos&bi=tneg&ci=cpos&di=cneg";

    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private static string CsvPath => Path.Combine(RepositoryPaths.Repository, "examples", "meta", "bcg.csv");

    private static byte[] Csv => File.ReadAllBytes(CsvPath);

    private HttpClient Client => fixture.Factory.CreateClient();

    [Theory]
    [InlineData("rma", "")]
    [InlineData("rma", "&method=DL&mods=ablat")]
    [InlineData("escalc", "")]
    [InlineData("mh", "")]
    [InlineData("leave1out", "")]
    [InlineData("regtest", "")]
    [InlineData("trimfill", "")]
    [InlineData("fsn", "")]
    public async Task Analysis_Csv_SameJsonAsCli(string analysis, string extra)
    {
        var response = await Client.PostBytes($"/api/meta/{analysis}?{Bcg}{extra}", Csv, "text/csv");
        var options = (Bcg + extra).Split('&').SelectMany(o => o.Split('=') is var kv ? new[] { "--" + kv[0], kv[1] } : []);
        string[] verb = analysis == "escalc" ? ["escalc"] : ["meta", analysis];
        var cli = CliInProcess.Of([.. verb, CsvPath, .. options, "--json"]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        cli.ExitCode.ShouldBe(0, cli.Error);
        Normalized(await response.Content.ReadAsStringAsync()).ShouldBe(Normalized(cli.Out));
    }

    [Fact]
    public async Task Rma_JsonRows_SameAsCsv()
    {
        var rows = new JsonArray(
            new JsonObject { ["trial"] = 1, ["tpos"] = 4, ["tneg"] = 119, ["cpos"] = 11, ["cneg"] = 128 },
            new JsonObject { ["trial"] = 2, ["tpos"] = 6, ["tneg"] = 300, ["cpos"] = 29, ["cneg"] = 274 },
            new JsonObject { ["trial"] = 3, ["tpos"] = 3, ["tneg"] = 228, ["cpos"] = 11, ["cneg"] = 209 });
        var csv = "trial,tpos,tneg,cpos,cneg\n1,4,119,11,128\n2,6,300,29,274\n3,3,228,11,209\n";

        var fromJson = await Client.PostJson($"/api/meta/rma?{Bcg}", rows.ToJsonString());
        var fromCsv = await Client.PostBytes($"/api/meta/rma?{Bcg}", Encoding.UTF8.GetBytes(csv), "text/csv");

        fromJson.StatusCode.ShouldBe(HttpStatusCode.OK, await fromJson.Content.ReadAsStringAsync());
        (await fromJson.Content.ReadAsStringAsync()).ShouldBe(await fromCsv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Analysis_UnknownOption_400NamingIt()
    {
        var response = await Client.PostBytes($"/api/meta/rma?{Bcg}&methd=DL", Csv, "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("parameter").GetString() == "methd");
    }

    [Fact]
    public async Task Analysis_BadCell_422NamingRowAndColumn()
    {
        var csv = "trial,tpos,tneg,cpos,cneg\n1,4,119,11,128\n2,six,300,29,274\n3,3,228,11,209\n";

        var response = await Client.PostBytes($"/api/meta/rma?{Bcg}", Encoding.UTF8.GetBytes(csv), "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Problem()).GetProperty("errors")[0];
        error.GetProperty("row").GetInt32().ShouldBe(2);
        error.GetProperty("field").GetString().ShouldBe("tpos");
    }

    [Fact]
    public async Task Analysis_MalformedJsonRows_400WithLine()
    {
        var response = await Client.PostJson($"/api/meta/rma?{Bcg}", "[\n {\"tpos\": 4,,}\n]");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors")[0].GetProperty("line").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Analysis_WrongContentType_415()
    {
        var response = await Client.PostBytes($"/api/meta/rma?{Bcg}", Csv, "application/vnd.ms-excel");

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Problem()).GetProperty("accepted").Strings().ShouldBe(["text/csv", "application/json"]);
    }

    [Theory]
    [InlineData("forest", null, "image/svg+xml")]
    [InlineData("forest", "image/png", "image/png")]
    [InlineData("funnel", "image/svg+xml", "image/svg+xml")]
    [InlineData("funnel", "image/png;q=0.9, image/svg+xml;q=0.5", "image/png")]
    public async Task Plot_ByAccept_ThatFormat(string plot, string? accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Http.Path($"/api/meta/rma/{plot}?{Bcg}")) { Content = new ByteArrayContent(Csv) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe(expected);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (expected == "image/png")
        {
            bytes[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }
        else
        {
            Encoding.UTF8.GetString(bytes).ShouldContain("<svg");
        }
    }

    [Fact]
    public async Task Plot_UnsupportedAccept_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Http.Path($"/api/meta/rma/forest?{Bcg}")) { Content = new ByteArrayContent(Csv) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
        (await response.Problem()).GetProperty("offered").Strings().ShouldBe(["image/svg+xml", "image/png"]);
    }

    /// <summary>The JSON with <c>settings.file</c> (the CLI's file name, the API's "request body") removed.</summary>
    private static string Normalized(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        if (node["settings"] is JsonObject settings)
        {
            settings.Remove("file");
        }

        return node.ToJsonString();
    }
}
