using System.Net;
using System.Text.Json;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>A job running when its host stops goes back to the queue, with no report or temporary folder left.</summary>
public sealed class ScreeningShutdownTests(ScreeningExportsFixture fixture) : IClassFixture<ScreeningExportsFixture>
{
    [Fact]
    public async Task Shutdown_WhileRunning_QueuedAgainWithNothingLeft()
    {
        // Given a job running on a host
        var data = fixture.Temp("data-" + Guid.NewGuid().ToString("N"));
        string location;
        using (var first = new WebFactory(ScreeningExportsFixture.Settings(fixture.Root), dataDirectory: data))
        {
            var client = first.CreateClient();
            var submitted = await client.PostJson("/api/screenings", "{\"export\": " + JsonSerializer.Serialize(fixture.Large) + "}");
            location = submitted.Headers.Location!.OriginalString;
            (await ScreeningPolling.UntilAsync(client, location, s => s != "queued")).GetProperty("state").GetString().ShouldBe("running");
        } // When the host stops

        // Then a host started on the same database (one that runs no jobs) finds it queued again, after one attempt
        using var second = new WebFactory(ScreeningExportsFixture.Settings(fixture.Root, concurrency: 0), dataDirectory: data);
        var response = await second.CreateClient().Get(location);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var job = await response.Json();
        job.GetProperty("state").GetString().ShouldBe("queued");
        job.GetProperty("attempts").GetInt32().ShouldBe(1);
        job.GetProperty("progress").GetProperty("bytesRead").GetInt64().ShouldBe(0);
        var reports = Path.Combine(data, "screenings");
        (Directory.Exists(reports) ? Directory.EnumerateFileSystemEntries(reports) : []).ShouldBeEmpty();
    }
}
