using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Tests;

public sealed class LoopbackRuleTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:80")]
    [InlineData("http://unix:/run/spinewise.sock")]
    public void IsLoopback_LoopbackAddress_True(string address) => LoopbackRule.IsLoopback(address).ShouldBeTrue();

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:80")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://10.1.2.3:5080")]
    [InlineData("http://example.org:5080")]
    public void IsLoopback_OtherAddress_False(string address) => LoopbackRule.IsLoopback(address).ShouldBeFalse();

    [Fact]
    public void ConfiguredAddresses_UrlsPortsAndKestrelEndpoints_ListsEach()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080;http://0.0.0.0:6000",
            ["http_ports"] = "8080",
            ["Kestrel:Endpoints:Main:Url"] = "http://10.0.0.1:7000",
        }).Build();

        LoopbackRule.NonLoopback(LoopbackRule.ConfiguredAddresses(configuration))
            .ShouldBe(["http://0.0.0.0:6000", "http://*:8080", "http://10.0.0.1:7000"]);
    }

    [Fact]
    public void Start_NonLoopbackWithoutAuthority_RefusedWithOneLine()
    {
        var capture = new LogCapture();
        using var factory = new WebFactory(
            new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5999" },
            s => s.AddSingleton<ILogEventSink>(capture));

        Should.Throw<Exception>(() => factory.CreateClient());
        capture.Events.Where(e => e.RenderMessage(null).StartsWith("Refusing to listen on http://0.0.0.0:5999", StringComparison.Ordinal)).Count().ShouldBe(1);
    }
}
