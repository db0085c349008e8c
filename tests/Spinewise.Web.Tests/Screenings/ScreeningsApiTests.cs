using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Application.Screening;
using Spinewise.ExportGen;
using Spinewise.Fhir.Bulk;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>Screening jobs through the API on SQLite: submitted, run by the host's worker, read, listed, cancelled, downloaded.</summary>
public sealed class ScreeningsApiTests(ScreeningExportsFixture fixture) : IClassFixture<ScreeningExportsFixture>
{
    [Fact]
    public async Task Submit_ExportInRoot_SucceedsWithTheSummaryTheReportWriterGives()
    {
        var client = fixture.Factory.CreateClient();

        // When the export is submitted and the job polled until it ends
        var submitted = await client.PostJson("/api/screenings", Body(fixture.Export, $"\"asOf\": \"{ScreeningExportsFixture.AsOf}\""));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = submitted.Headers.Location!.OriginalString;
        var queued = await submitted.Json();
        location.ShouldBe($"/api/screenings/{queued.GetProperty("id").GetString()}");
        var job = await ScreeningPolling.UntilFinishedAsync(client, location);

        // Then it succeeded, with the summary the report writer gives for the same export in-process
        job.GetProperty("state").GetString().ShouldBe("succeeded", job.ToString());
        var expectedFolder = fixture.Temp("expected-" + Guid.NewGuid().ToString("N"));
        var host = fixture.Factory.Services.GetRequiredService<KnowledgeHost>();
        new ScreeningReport(host).Write(BulkExport.Find(fixture.Export), expectedFolder,
            new ScreeningOptions(DateOnly.Parse(ScreeningExportsFixture.AsOf, CultureInfo.InvariantCulture), BulkShard.All));
        var expected = await File.ReadAllBytesAsync(Path.Combine(expectedFolder, "summary.json"));
        JsonNode.DeepEquals(JsonNode.Parse(job.GetProperty("summary").GetRawText()), JsonNode.Parse(expected)).ShouldBeTrue();
        job.GetProperty("summary").GetProperty("patients").GetProperty("read").GetInt64().ShouldBe(ScreeningExportsFixture.Patients);

        // and its progress and files: the summary.json downloaded is the writer's byte for byte
        var progress = job.GetProperty("progress");
        progress.GetProperty("phase").GetString().ShouldBe("done");
        progress.GetProperty("bytesRead").GetInt64().ShouldBe(progress.GetProperty("bytes").GetInt64());
        progress.GetProperty("patients").GetInt64().ShouldBe(ScreeningExportsFixture.Patients);
        progress.GetProperty("screened").GetDouble().ShouldBe(1);
        progress.GetProperty("etaSeconds").GetDouble().ShouldBe(0);
        var files = job.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        files.ShouldBe(Directory.EnumerateFiles(expectedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!);
        var download = await client.Get($"{location}/files/summary.json");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(expected);
        var csv = await (await client.Get($"{location}/files/patients.csv")).Content.ReadAsStringAsync();
        csv.ShouldBe(await File.ReadAllTextAsync(Path.Combine(expectedFolder, "patients.csv")));
    }

    [Theory]
    [InlineData("..%2Fspinewise.db")]
    [InlineData("partitions")]
    [InlineData("nothing.csv")]
    public async Task File_NotOneOfTheReportsFiles_404(string name)
    {
        var client = fixture.Factory.CreateClient();
        var location = (await client.PostJson("/api/screenings", Body(fixture.Export, "\"formats\": [\"csv\"]"))).Headers.Location!.OriginalString;
        (await ScreeningPolling.UntilFinishedAsync(client, location)).GetProperty("state").GetString().ShouldBe("succeeded");

        var response = await client.Get($"{location}/files/{name}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submit_FolderOutsideTheRoots_403NamingExport()
    {
        var response = await fixture.Factory.CreateClient().PostJson("/api/screenings", Body(fixture.Outside));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Problem()).GetProperty("errors")[0].GetProperty("path").GetString().ShouldBe("$.export");
    }

    [Fact]
    public async Task Submit_LinkInTheRootToAFolderOutside_403()
    {
        var link = Path.Combine(fixture.Root, "link-" + Guid.NewGuid().ToString("N"));
        Directory.CreateSymbolicLink(link, fixture.Outside);

        var response = await fixture.Factory.CreateClient().PostJson("/api/screenings", Body(link));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Submit_DotDotOutOfTheRoot_403()
    {
        var response = await fixture.Factory.CreateClient().PostJson("/api/screenings", Body(Path.Combine(fixture.Root, "..", "elsewhere")));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("\"asOf\": \"2026-13-01\"", "$.asOf")]
    [InlineData("\"asOf\": 20261201", "$.asOf")]
    [InlineData("\"shard\": \"3/2\"", "$.shard")]
    [InlineData("\"shard\": 1", "$.shard")]
    [InlineData("\"formats\": [\"xml\"]", "$.formats[0]")]
    [InlineData("\"formats\": []", "$.formats")]
    [InlineData("\"formats\": \"csv\"", "$.formats")]
    [InlineData("\"colour\": \"red\"", "$.colour")]
    public async Task Submit_BadField_400NamingIt(string member, string path)
    {
        var response = await fixture.Factory.CreateClient().PostJson("/api/screenings", Body(fixture.Export, member));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ShouldBe([path]);
    }

    [Theory]
    [InlineData("{}", "$.export")]
    [InlineData("{\"export\": \"relative/folder\"}", "$.export")]
    [InlineData("{\"export\": 3}", "$.export")]
    [InlineData("[1]", "$")]
    [InlineData("{\"export\": ", "$")]
    public async Task Submit_BadBody_400NamingThePath(string body, string path)
    {
        var response = await fixture.Factory.CreateClient().PostJson("/api/screenings", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors")[0].GetProperty("path").GetString().ShouldBe(path);
    }

    [Fact]
    public async Task Submit_MissingFolderOrNoExportFiles_400NamingExport()
    {
        var empty = Path.Combine(fixture.Root, "empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        var client = fixture.Factory.CreateClient();

        var missing = await client.PostJson("/api/screenings", Body(Path.Combine(fixture.Root, "no-such-folder")));
        var none = await client.PostJson("/api/screenings", Body(empty));

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Problem()).GetProperty("errors")[0].GetProperty("path").GetString().ShouldBe("$.export");
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.Problem()).GetProperty("detail").GetString()!.ShouldContain("no NDJSON files");
    }

    [Fact]
    public async Task Submit_WrongContentType_415()
    {
        var response = await fixture.Factory.CreateClient().PostBytes("/api/screenings", "export=/x"u8.ToArray(), "text/plain");

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f")]
    [InlineData("not-a-job")]
    public async Task GetOrCancel_UnknownId_404(string id)
    {
        var client = fixture.Factory.CreateClient();

        (await client.Get($"/api/screenings/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.DeleteAsync(Http.Path($"/api/screenings/{id}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Get($"/api/screenings/{id}/files/summary.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancel_Succeeded_409()
    {
        var client = fixture.Factory.CreateClient();
        var location = (await client.PostJson("/api/screenings", Body(fixture.Export, "\"shard\": \"1/8\""))).Headers.Location!.OriginalString;
        (await ScreeningPolling.UntilFinishedAsync(client, location)).GetProperty("state").GetString().ShouldBe("succeeded");

        var response = await client.DeleteAsync(Http.Path(location));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Cancel_Running_CancelledWithNoReportLeft()
    {
        // Given an export large enough to take a while, and its job running
        var large = fixture.Large;
        var client = fixture.Factory.CreateClient();
        var location = (await client.PostJson("/api/screenings", Body(large))).Headers.Location!.OriginalString;
        var running = await ScreeningPolling.UntilAsync(client, location, s => s != "queued");
        running.GetProperty("state").GetString().ShouldBe("running");

        // When it is cancelled
        var response = await client.DeleteAsync(Http.Path(location));

        // Then the request is accepted, the job ends cancelled within a bounded time, and no report (nor temporary folder) is left
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await response.Json()).GetProperty("cancelRequested").GetBoolean().ShouldBeTrue();
        var job = await ScreeningPolling.UntilFinishedAsync(client, location, TimeSpan.FromSeconds(30));
        job.GetProperty("state").GetString().ShouldBe("cancelled");
        (job.TryGetProperty("files", out var files) ? files.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null);
        var reports = Path.Combine(fixture.Factory.DataDirectory, "screenings");
        var id = job.GetProperty("id").GetString()!;
        Directory.EnumerateFileSystemEntries(reports).Where(e => Path.GetFileName(e).Contains(id, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task List_AfterSubmissions_NewestFirstPaged()
    {
        var client = fixture.Factory.CreateClient();
        var first = (await (await client.PostJson("/api/screenings", Body(fixture.Export, "\"shard\": \"2/8\""))).Json()).GetProperty("id").GetString();
        var second = (await (await client.PostJson("/api/screenings", Body(fixture.Export, "\"shard\": \"3/8\""))).Json()).GetProperty("id").GetString();

        var page = await (await client.Get("/api/screenings?limit=1")).Json();
        var next = await (await client.Get($"/api/screenings?limit=1&cursor={page.GetProperty("nextCursor").GetString()}")).Json();

        page.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(second);
        next.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(first);
        (await client.Get("/api/screenings?limit=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.Get("/api/screenings?cursor=nonsense")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Submit_NoRootsConfigured_403SayingHowToEnable()
    {
        using var factory = new WebFactory();

        var response = await factory.CreateClient().PostJson("/api/screenings", Body(fixture.Export));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.Problem();
        problem.GetProperty("type").GetString().ShouldBe("urn:spinewise:problem:screening-not-enabled");
        problem.GetProperty("detail").GetString()!.ShouldContain("Spinewise:Screening:Roots");
    }

    [Fact]
    public async Task Cancel_QueuedOnAnApiOnlyReplica_CancelledAtOnce()
    {
        // Given a replica that runs no jobs (concurrency 0), so the job stays queued
        using var factory = new WebFactory(ScreeningExportsFixture.Settings(fixture.Root, concurrency: 0));
        var client = factory.CreateClient();
        var location = (await client.PostJson("/api/screenings", Body(fixture.Export))).Headers.Location!.OriginalString;
        (await (await client.Get(location)).Json()).GetProperty("state").GetString().ShouldBe("queued");

        var response = await client.DeleteAsync(Http.Path(location));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var job = await response.Json();
        job.GetProperty("state").GetString().ShouldBe("cancelled");
        job.GetProperty("finishedAt").GetString().ShouldNotBeNull();
        Directory.Exists(Path.Combine(factory.DataDirectory, "screenings")).ShouldBeFalse();
    }

    private static string Body(string export, string? more = null) =>
        "{\"export\": " + JsonSerializer.Serialize(export) + (more is null ? "" : ", " + more) + "}";
}
