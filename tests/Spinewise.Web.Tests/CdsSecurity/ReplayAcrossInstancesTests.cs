using System.Net;
using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>A token accepted by one instance is a replay for another instance over the same database (SQLite file, PostgreSQL).</summary>
public sealed class ReplayAcrossInstancesTests : IDisposable
{
    private readonly TrustedEhr _ehr = new();

    [Fact]
    public async Task Call_SameTokenOnTwoInstancesOverOneSqliteFile_SecondIs401Replay()
    {
        await using var first = await CdsTestHost.StartAsync(_ehr.Settings());
        await using var second = await CdsTestHost.StartAsync(_ehr.Settings(), dataDirectory: first.DataDirectory);

        await ShouldReplayAsync(first, second);
    }

    [PostgresFact]
    public async Task Call_SameTokenOnTwoReplicasOverOnePostgresDatabase_SecondIs401Replay()
    {
        var name = "cds_replay_" + Guid.NewGuid().ToString("N");
        var connectionString = await PostgresCluster.CreateDatabaseAsync(name);
        try
        {
            var settings = _ehr.Settings(("Spinewise:Database:Provider", "postgres"), ("Spinewise:Database:ConnectionString", connectionString));
            await using var first = await CdsTestHost.StartAsync(settings);
            await using var second = await CdsTestHost.StartAsync(settings);

            await ShouldReplayAsync(first, second);
        }
        finally
        {
            await PostgresCluster.DropDatabaseAsync(name);
        }
    }

    public void Dispose() => _ehr.Dispose();

    private async Task ShouldReplayAsync(CdsTestHost first, CdsTestHost second)
    {
        var token = new CdsTokens().Sign(_ehr.Es);

        using var accepted = await first.PostAsync(token);
        using var replayed = await second.PostAsync(token);

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        await CdsTokenFilterTests.ShouldBeRefused(second, replayed, "Replay");
    }
}
