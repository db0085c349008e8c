using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>
/// A small FHIR endpoint on 127.0.0.1 (a random port): answers the chart of <see cref="CdsCharts"/> for the searches
/// the service sends, records every request's path, query and Authorization header, and can fail or stall on demand.
/// </summary>
public sealed class FakeFhirServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeFhirServer(WebApplication app, Uri baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string PathAndQuery, string? Authorization)> Requests { get; } = new();

    /// <summary>The status every request is answered with instead of data (e.g. 500); null answers data.</summary>
    public int? FailWith { get; set; }

    /// <summary>
    /// Answers the Condition search in two pages (the first empty, with a <c>next</c> link); the link points to
    /// <see cref="NextPageBase"/> when set (another server), else to this one.
    /// </summary>
    public bool PagedConditions { get; set; }

    public string? NextPageBase { get; set; }

    /// <summary>How long each answer waits.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<FakeFhirServer> StartAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort.OnLoopback();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var app = builder.Build();
            var server = new FakeFhirServer(app, new Uri($"http://127.0.0.1:{port}/fhir/"));
            app.Run(server.AnswerAsync);
            try
            {
                await app.StartAsync();
                return server;
            }
            catch (IOException) when (attempt < 5)
            {
                await app.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue((request.Path + request.QueryString, request.Headers.Authorization.FirstOrDefault()));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        if (PagedConditions && request.Path.Value == "/fhir/Condition" && !request.Query.ContainsKey("page"))
        {
            var next = (NextPageBase ?? BaseUrl.ToString()) + "Condition?patient=" + CdsCharts.PatientId + "&page=2";
            var first = new JsonObject
            {
                ["resourceType"] = "Bundle",
                ["type"] = "searchset",
                ["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = next }),
            };
            context.Response.ContentType = "application/fhir+json";
            await context.Response.WriteAsync(first.ToJsonString());
            return;
        }

        JsonObject? body = request.Path.Value switch
        {
            "/fhir/Patient/" + CdsCharts.PatientId => CdsCharts.Patient(),
            "/fhir/Condition" => CdsCharts.Conditions(),
            "/fhir/Observation" => CdsCharts.Observations(),
            "/fhir/Procedure" => CdsCharts.Procedures(),
            "/fhir/ServiceRequest" => CdsCharts.ServiceRequests(),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/fhir+json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
