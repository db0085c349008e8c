using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Persistence;

namespace Spinewise.Web.Tests;

public sealed class FailureTests(FailureTests.Fixture fixture) : IClassFixture<FailureTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new(services: s => s.AddSingleton<IEvaluationStore, FailingStore>());

        public void Dispose() => Factory.Dispose();
    }

    [Theory]
    [InlineData("GET", "/api/evaluations")]
    [InlineData("POST", "/api/evaluate")]
    public async Task Bug_AnyRequest_500ProblemWithoutInternals(string method, string path)
    {
        var client = fixture.Factory.CreateClient();

        var response = method == "GET" ? await client.Get(path) : await client.PostJson(path, Http.StenosisCase);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(FailingStore.Secret);
        text.ShouldNotContain("InvalidOperationException");
        (await response.Problem()).GetProperty("requestId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Ready_DatabaseDown_503()
    {
        var response = await fixture.Factory.CreateClient().Get("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Live_DatabaseDown_200()
    {
        (await fixture.Factory.CreateClient().Get("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
