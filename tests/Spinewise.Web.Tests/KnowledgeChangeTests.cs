using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Testing;

namespace Spinewise.Web.Tests;

/// <summary>
/// A clinic's view of a knowledge update: an evaluation stored on one knowledge version, the host restarted on the
/// same database with one recommendation edited.
/// </summary>
public sealed class KnowledgeChangeTests : IDisposable
{
    private const string Recommendations = "guidelines/aspn-2022/recommendations.yaml";
    private readonly TempKnowledge _original = new();
    private readonly TempKnowledge _edited = new TempKnowledge().Replace(Recommendations, "- { id: pild, stance: for }", "- { id: pild, stance: against }");
    private readonly string _data = Path.Combine(Path.GetTempPath(), "spinewise-web-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Replay_AfterRecommendationEdited_ShowsTheChange()
    {
        // Given an evaluation stored on the original knowledge
        var (id, before) = await EvaluateOnOriginalAsync();

        // When the host serves the edited knowledge over the same database
        using var edited = new WebFactory(Knowledge(_edited), dataDirectory: _data);
        var response = await edited.CreateClient().PostAsync(Http.Path($"/api/evaluations/{id}/replay"), null);

        // Then the replay names the edited recommendation's stance
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var diff = await response.Json();
        Diff.Changes(diff).ShouldBeGreaterThan(0);
        diff.ToString().ShouldContain("aspn-2022/pild/1");
        Diff.Versions(diff).ShouldBe((before, KnowledgeVersionOf(edited)));
    }

    [Fact]
    public async Task Get_AfterKnowledgeChanged_ReproducedOnItsOwnVersion()
    {
        var (id, before) = await EvaluateOnOriginalAsync();

        using var edited = new WebFactory(Knowledge(_edited), dataDirectory: _data);
        var record = await (await edited.CreateClient().Get($"/api/evaluations/{id}")).Json();

        record.GetProperty("knowledgeVersion").GetString().ShouldBe(before);
        before.ShouldNotBe(KnowledgeVersionOf(edited));
        record.GetProperty("reproduced").GetBoolean().ShouldBeTrue();
        record.GetProperty("recomputedSha256").GetString().ShouldBe(record.GetProperty("outputSha256").GetString());
        record.GetProperty("result").GetProperty("knowledgeVersion").GetString().ShouldBe(before);
    }

    public void Dispose()
    {
        _original.Dispose();
        _edited.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<(string Id, string Version)> EvaluateOnOriginalAsync()
    {
        using var original = new WebFactory(Knowledge(_original), dataDirectory: _data);
        var body = await (await original.CreateClient().PostJson("/api/evaluate", Http.StenosisCase)).Json();
        return (body.GetProperty("evaluationId").GetString()!, body.GetProperty("knowledgeVersion").GetString()!);
    }

    private static Dictionary<string, string?> Knowledge(TempKnowledge knowledge) => new() { ["Spinewise:Knowledge"] = knowledge.Directory };

    private static string KnowledgeVersionOf(WebFactory factory) => factory.Services.GetRequiredService<KnowledgeHost>().Version;
}
