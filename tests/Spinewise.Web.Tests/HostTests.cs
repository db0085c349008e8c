using System.Net;

namespace Spinewise.Web.Tests;

public sealed class HostTests(HostTests.Fixture fixture) : IClassFixture<HostTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    [Fact]
    public async Task Live_Always_200()
    {
        var response = await fixture.Factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownRoute_Any_404Problem()
    {
        var response = await fixture.Factory.CreateClient().GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Scalar_Get_200Html()
    {
        var response = await fixture.Factory.CreateClient().GetAsync(new Uri("/scalar", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }
}
