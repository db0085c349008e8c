using System.Net;
using System.Text.Json;
using Spinewise.Testing;

namespace Spinewise.Web.Tests;

public sealed class OpenApiTests(OpenApiTests.Fixture fixture) : IClassFixture<OpenApiTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private static readonly string[] Paths =
    [
        "/api/guidelines", "/api/guidelines/{id}", "/api/recommendations", "/api/interventions", "/api/interventions/{id}",
        "/api/compare", "/api/trials", "/api/trials/{id}", "/api/syntheses", "/api/schemes", "/api/tables", "/api/evaluate",
        "/api/evaluations", "/api/evaluations/{id}", "/api/evaluations/{id}/replay", "/api/screenings", "/api/screenings/{id}",
        "/api/screenings/{id}/files/{name}",
    ];

    [Fact]
    public async Task Document_Current_MatchesReviewedSnapshot()
    {
        var response = await fixture.Factory.CreateClient().Get("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd() + "\n";

        ReviewedSnapshot.Match(Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Web.Tests", "Snapshots", "openapi.verified.json"), text);
    }

    [Fact]
    public async Task Document_EveryEndpoint_DescribedWithProblems()
    {
        var document = await (await fixture.Factory.CreateClient().Get("/openapi/v1.json")).Json();
        var paths = document.GetProperty("paths");

        foreach (var path in Paths)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue(path);
            foreach (var operation in item.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                responses.TryGetProperty("400", out var bad).ShouldBeTrue($"{operation.Name} {path}");
                bad.GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue($"{operation.Name} {path}");
                responses.TryGetProperty("500", out _).ShouldBeTrue($"{operation.Name} {path}");
            }
        }

        var evaluate = paths.GetProperty("/api/evaluate").GetProperty("post");
        evaluate.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("id").GetString()
            .ShouldBe("stenosis-claudication");
        foreach (var status in new[] { "201", "413", "415", "422" })
        {
            evaluate.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue(status);
        }

        JsonSerializer.Serialize(document).ShouldNotContain("\"example\": null");
    }
}
