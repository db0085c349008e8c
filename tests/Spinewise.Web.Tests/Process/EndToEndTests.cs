using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Spinewise.Knowledge;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.Process;

/// <summary>README's command, run for real on a random loopback port.</summary>
[Collection(RealServer.Name)]
public sealed class EndToEndTests
{
    [Fact]
    public async Task DotnetRun_StenosisCase_IsEvaluatedStoredAndReadBack()
    {
        using var data = new TempDirectory("spinewise-e2e");
        var server = await ServerProcess.StartAsync(ServerLaunch.DotnetRun(data.Path));
        int serverPid;
        await using (server)
        {
            serverPid = server.ServerProcessId;
            serverPid.ShouldNotBe(0);
            (await GetAsync(server, "/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await GetAsync(server, "/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

            var guidelines = await GetAsync(server, "/api/guidelines");
            guidelines.StatusCode.ShouldBe(HttpStatusCode.OK, server.Transcript());
            guidelines.Body.ShouldContain("\"aspn-2022\"");

            var caseJson = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Repository, "examples", "cases", "stenosis-claudication.json"));
            using var content = new ByteArrayContent(caseJson);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var created = await server.Client.PostAsync(new Uri("/api/evaluate", UriKind.Relative), content);
            var createdBody = await created.Content.ReadAsStringAsync();
            created.StatusCode.ShouldBe(HttpStatusCode.Created, createdBody);
            var id = JsonDocument.Parse(createdBody).RootElement.GetProperty("evaluationId").GetString().ShouldNotBeNull();
            var location = created.Headers.Location.ShouldNotBeNull();
            location.ToString().ShouldEndWith($"/api/evaluations/{id}");

            var stored = await GetAsync(server, location.ToString());
            stored.StatusCode.ShouldBe(HttpStatusCode.OK, stored.Body);
            stored.Body.ShouldContain(id);
            stored.Body.ShouldContain("stenosis-claudication");
        }

        // Disposing killed the whole tree: the wrapper and the server it ran.
        ProcessTree.CommandLine(serverPid).ShouldBeEmpty();
    }

    [Fact]
    public async Task BuiltServer_BrokenKnowledgeYaml_ExitsNonZeroBeforeListeningNamingFileLineColumn()
    {
        // Given a knowledge folder with a YAML syntax error
        using var knowledge = new TempKnowledge().Write("broken.yaml", "kind: sources\nsources:\n  - id: x\n    title: [unclosed\n");
        var expected = KnowledgeLoader.Load(knowledge.Directory).Diagnostics.ShouldHaveSingleItem();
        using var data = new TempDirectory("spinewise-e2e-broken");

        // When the server starts on it
        var exit = await ServerProcess.RunUntilExitAsync(
            ServerLaunch.Built(data.Path).With("Spinewise__Knowledge", knowledge.Directory), TimeSpan.FromSeconds(60));

        // Then it stops with a non-zero code before it ever listened, naming the place of the error
        exit.ExitCode.ShouldNotBe(0);
        exit.AcceptedConnection.ShouldBeFalse();
        exit.StandardError.ShouldContain($"broken.yaml:{expected.Location.Line}:{expected.Location.Column}", Case.Sensitive, exit.StandardOutput);
    }

    private static async Task<(HttpStatusCode StatusCode, string Body)> GetAsync(ServerProcess server, string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
