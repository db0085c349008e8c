using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spinewise.Persistence;
using Spinewise.Web.CdsSecurity;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>
/// A minimal host with only the CDS Hooks security (no endpoints of the product): routes <c>POST /cds-services/{id}</c>
/// and <c>POST /cds-services/{id}/feedback</c> behind <c>RequireCdsHooksToken()</c> that count their calls and answer
/// the verified <see cref="CdsCaller"/>. The database (SQLite in <see cref="DataDirectory"/> unless settings say
/// PostgreSQL) is migrated first, as the product's start-up does.
/// </summary>
public sealed class CdsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsData;
    private int _calls;

    private CdsTestHost(WebApplication app, string dataDirectory, bool ownsData, CapturedLogs logs)
    {
        _app = app;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
        Logs = logs;
    }

    public HttpClient Client { get; private set; } = null!;

    public CapturedLogs Logs { get; }

    public string DataDirectory { get; }

    /// <summary>How many times an endpoint behind the filter ran.</summary>
    public int Calls => _calls;

    internal IServiceProvider Services => _app.Services;

    public static async Task<CdsTestHost> StartAsync(
        IReadOnlyDictionary<string, string?> settings, string? dataDirectory = null, Action<IServiceCollection>? services = null, string environment = "Production")
    {
        var owns = dataDirectory is null;
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "spinewise-cds-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Spinewise:DataDirectory"] = data });
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddCdsHooksSecurity();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        var host = new CdsTestHost(app, data, owns, logs);

        await using (var store = EvaluationStoreFactory.Create(StoreSetup.StoreOptions(SpinewiseWebOptions.From(app.Configuration)), TimeProvider.System))
        {
            await store.MigrateAsync();
        }

        using var error = new StringWriter();
        foreach (var check in app.Services.GetServices<IStartupCheck>())
        {
            if (!await check.RunAsync(error, CancellationToken.None))
            {
                throw new InvalidOperationException("Start-up refused: " + error);
            }
        }

        var group = app.MapGroup("/cds-services").RequireCdsHooksToken();
        group.MapPost("/{id}", (HttpContext context) => host.Answer(context));
        group.MapPost("/{id}/feedback", (HttpContext context) => host.Answer(context));
        await app.StartAsync();
        host.Client = app.GetTestClient();
        return host;
    }

    /// <summary>POSTs an empty JSON object to <paramref name="path"/> with <c>Authorization: Bearer token</c> (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(string? token, string path = "/cds-services/order-select")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsData && Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // best effort: a temp folder left behind harms nothing
            }
        }
    }

    private IResult Answer(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        return Results.Ok(context.Features.Get<CdsCaller>());
    }
}
