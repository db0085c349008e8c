using System.Net;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using Spinewise.Persistence.Tests.Support;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.Process;

/// <summary>
/// An acknowledged evaluation is never lost: the server is SIGKILLed while a bounded load of evaluations is in
/// flight, restarted on the same database, and every evaluation whose 201 response had arrived is read back.
/// </summary>
[Collection(RealServer.Name)]
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Clients = 4;
    private const int MaxRequests = 2_000;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Sqlite_KilledUnderLoad_KeepsEveryAcknowledgedEvaluationAndOpensCleanly()
    {
        using var data = new TempDirectory("spinewise-kill-sqlite");
        var launch = ServerLaunch.Built(data.Path);

        var acknowledged = await KillUnderLoadAsync(launch);
        await ShouldAllBeStoredAsync(launch, acknowledged);

        var database = SqliteDatabaseFile(data.Path);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync()).ShouldBe("ok");
    }

    [PostgresFact]
    public async Task Postgres_KilledUnderLoad_KeepsEveryAcknowledgedEvaluation()
    {
        using var data = new TempDirectory("spinewise-kill-postgres");
        await using var database = await TestPostgres.CreateAsync();
        var launch = ServerLaunch.Built(data.Path)
            .With("Spinewise__Database__Provider", "postgres")
            .With("Spinewise__Database__ConnectionString", database.ConnectionString);

        var acknowledged = await KillUnderLoadAsync(launch);
        await ShouldAllBeStoredAsync(launch, acknowledged);
    }

    private async Task<IReadOnlyCollection<string>> KillUnderLoadAsync(ServerLaunch launch)
    {
        // Given a server under a bounded load of evaluations
        var body = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Repository, "examples", "cases", "stenosis-claudication.json"));
        await using var server = await ServerProcess.StartAsync(launch);
        var load = new EvaluateLoad(server.Client, body, MaxRequests, MaxDuration);
        var running = load.RunAsync(Clients);

        // When it is SIGKILLed while requests are in flight (after 200 answers, or fewer when the machine is slow)
        var inFlight = await load.WaitForAcknowledgedAsync(count: 200, enough: 20, settle: TimeSpan.FromSeconds(1.5), timeout: MaxDuration);
        load.Stop(); // no new requests; those in flight stay in flight
        await server.KillServerAsync();
        await running;

        // Then (checked by the caller after a restart) every evaluation acknowledged before the kill is stored
        inFlight.ShouldBeGreaterThan(0);
        load.Unexpected.ShouldBeEmpty(server.Transcript());
        load.Acknowledged.Count.ShouldBeGreaterThanOrEqualTo(20);
        load.Started.ShouldBeLessThanOrEqualTo(MaxRequests);
        output.WriteLine($"{load.Started} requests, {load.Acknowledged.Count} acknowledged, {inFlight} in flight at the kill, {load.Failed} without a response");
        return load.Acknowledged;
    }

    private static async Task ShouldAllBeStoredAsync(ServerLaunch launch, IReadOnlyCollection<string> acknowledged)
    {
        await using var restarted = await ServerProcess.StartAsync(launch);
        var missing = new List<string>();
        foreach (var chunk in acknowledged.Chunk(Clients * 4))
        {
            var statuses = await Task.WhenAll(chunk.Select(async id =>
            {
                using var response = await restarted.Client.GetAsync(new Uri($"/api/evaluations/{id}", UriKind.Relative));
                return (id, response.StatusCode);
            }));
            missing.AddRange(statuses.Where(s => s.StatusCode != HttpStatusCode.OK).Select(s => $"{s.id}: {(int)s.StatusCode}"));
        }

        missing.ShouldBeEmpty($"{missing.Count} of {acknowledged.Count} acknowledged evaluations not readable after the restart.{Environment.NewLine}{restarted.Transcript()}");
    }

    private static string SqliteDatabaseFile(string dataDirectory)
    {
        var header = "SQLite format 3\0"u8.ToArray();
        return Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal))
            .Where(f => StartsWith(f, header))
            .ShouldHaveSingleItem($"one SQLite database in {dataDirectory}");
    }

    private static bool StartsWith(string file, byte[] header)
    {
        using var stream = File.OpenRead(file);
        var start = new byte[header.Length];
        return stream.Read(start) == header.Length && start.AsSpan().SequenceEqual(header);
    }
}
