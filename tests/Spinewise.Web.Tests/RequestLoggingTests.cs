using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Spinewise.Web.Tests;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Request_WithQuery_OneLineWithoutQuery()
    {
        var capture = new LogCapture();
        using var factory = new WebFactory(services: s => s.AddSingleton<ILogEventSink>(capture));
        using var client = factory.CreateClient();

        await client.GetAsync(new Uri("/health/live?name=Jane+Doe", UriKind.Relative));

        var requests = capture.Events.Where(e => e.Properties.ContainsKey("StatusCode")).ToList();
        requests.Count.ShouldBe(1, string.Join(" | ", requests.Select(e => e.RenderMessage(null) + " " + string.Join(",", e.Properties.Keys))));
        var line = requests[0];
        Scalar(line, "RequestMethod").ShouldBe("GET");
        Scalar(line, "RequestPath").ShouldBe("/health/live");
        Scalar(line, "StatusCode").ShouldBe(200);
        line.Properties.ShouldContainKey("Elapsed");
        Scalar(line, "RequestId").ShouldNotBeNull();
        capture.Events.ShouldNotContain(e => e.RenderMessage(null).Contains("Jane", StringComparison.Ordinal));
    }

    private static object? Scalar(LogEvent e, string name) => ((ScalarValue)e.Properties[name]).Value;
}
