using System.Net;
using System.Text.Json;
using Spinewise.ExportGen;
using Spinewise.Persistence.Tests.Support;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>
/// Two replicas over one PostgreSQL database and one shared report folder: replica A serves the API and runs nothing,
/// replica B runs the jobs. A job submitted to A is run by B and read through A; a cancellation sent to A stops it on B.
/// </summary>
public sealed class PostgresScreeningsTests(ScreeningExportsFixture exports, PostgresScreeningsTests.Replicas replicas)
    : IClassFixture<ScreeningExportsFixture>, IClassFixture<PostgresScreeningsTests.Replicas>
{
    public sealed class Replicas : IAsyncLifetime, IDisposable
    {
        private readonly string _database = "webscreen_" + Guid.NewGuid().ToString("N");
        private readonly string _reports = Path.Combine(Path.GetTempPath(), "spinewise-webscreen-reports-" + Guid.NewGuid().ToString("N"));
        private WebFactory? _a;
        private WebFactory? _b;

        public WebFactory A => _a ?? throw new InvalidOperationException("The PostgreSQL cluster is not available.");

        public WebFactory B => _b ?? throw new InvalidOperationException("The PostgreSQL cluster is not available.");

        public string Root { get; private set; } = "";

        public async Task InitializeAsync()
        {
            if (!PostgresCluster.Enabled)
            {
                return;
            }

            var connectionString = await PostgresCluster.CreateDatabaseAsync(_database);
            Root = Path.Combine(_reports, "exports");
            Directory.CreateDirectory(Root);
            Dictionary<string, string?> Settings(int concurrency) => new(ScreeningExportsFixture.Settings(Root, concurrency))
            {
                ["Spinewise:Database:Provider"] = "postgres",
                ["Spinewise:Database:ConnectionString"] = connectionString,
                ["Spinewise:Screening:ReportDirectory"] = Path.Combine(_reports, "reports"),
            };
            _a = new WebFactory(Settings(0));
            _b = new WebFactory(Settings(1));
            _ = _a.CreateClient();
            _ = _b.CreateClient();
        }

        public void Dispose()
        {
            _a?.Dispose();
            _b?.Dispose();
        }

        public async Task DisposeAsync()
        {
            if (_a is not null)
            {
                await _a.DisposeAsync();
                await _b!.DisposeAsync();
                await PostgresCluster.DropDatabaseAsync(_database);
                Directory.Delete(_reports, recursive: true);
            }
        }
    }

    [PostgresFact]
    public async Task Submit_ToTheApiReplica_RunByTheOtherAndReadThroughTheFirst()
    {
        var export = Path.Combine(replicas.Root, "small");
        if (!Directory.Exists(export))
        {
            CopyFolder(exports.Export, export);
        }

        var a = replicas.A.CreateClient();
        var submitted = await a.PostJson("/api/screenings", Body(export));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var job = await ScreeningPolling.UntilFinishedAsync(a, submitted.Headers.Location!.OriginalString);

        job.GetProperty("state").GetString().ShouldBe("succeeded", job.ToString());
        job.GetProperty("attempts").GetInt32().ShouldBe(1);
        job.GetProperty("summary").GetProperty("patients").GetProperty("read").GetInt64().ShouldBe(ScreeningExportsFixture.Patients);
        (await a.Get(submitted.Headers.Location!.OriginalString + "/files/summary.md")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [PostgresFact]
    public async Task Cancel_ThroughTheApiReplica_StopsTheJobOnTheOther()
    {
        var large = ScreeningExportsFixture.GenerateLarge(Path.Combine(replicas.Root, "large-" + Guid.NewGuid().ToString("N")));
        var a = replicas.A.CreateClient();
        var location = (await a.PostJson("/api/screenings", Body(large))).Headers.Location!.OriginalString;
        (await ScreeningPolling.UntilAsync(a, location, s => s != "queued")).GetProperty("state").GetString().ShouldBe("running");

        (await a.DeleteAsync(Http.Path(location))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var job = await ScreeningPolling.UntilFinishedAsync(a, location, TimeSpan.FromSeconds(30));
        job.GetProperty("state").GetString().ShouldBe("cancelled");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static string Body(string export) => "{\"export\": " + JsonSerializer.Serialize(export) + "}";
}
