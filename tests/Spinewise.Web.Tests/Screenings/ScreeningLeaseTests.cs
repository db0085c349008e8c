using Spinewise.Persistence;
using Spinewise.Persistence.Screening;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>A job whose replica died (its lease expired) is failed by the next host that looks, with the reason in words.</summary>
public sealed class ScreeningLeaseTests(ScreeningExportsFixture fixture) : IClassFixture<ScreeningExportsFixture>
{
    [Fact]
    public async Task ExpiredLease_OfADeadReplica_FailedByTheHostWithItsTemporaryFolderDeleted()
    {
        // Given a database where a replica that no longer runs claimed a job and left its temporary folder
        var data = fixture.Temp("data-" + Guid.NewGuid().ToString("N"));
        var options = EvaluationStoreOptions.Sqlite(data);
        await using (var migrator = EvaluationStoreFactory.Create(options, TimeProvider.System))
        {
            await migrator.MigrateAsync();
        }

        var id = Guid.CreateVersion7();
        var report = Path.Combine(data, "screenings", id.ToString());
        var leftover = Path.Combine(data, "screenings", $".{id}.partial-999999");
        Directory.CreateDirectory(leftover);
        await using (var store = ScreeningJobStoreFactory.Create(options, TimeProvider.System))
        {
            await store.CreateAsync(ScreeningJobRecord.Queue(id, DateTimeOffset.UtcNow, fixture.Export, null, "0/1", "csv", report));
            (await store.TryClaimAsync("dead-replica", TimeSpan.FromMilliseconds(1)))!.Id.ShouldBe(id);
        }

        // When a host starts on it
        using var host = new WebFactory(ScreeningExportsFixture.Settings(fixture.Root), dataDirectory: data);
        var job = await ScreeningPolling.UntilFinishedAsync(host.CreateClient(), $"/api/screenings/{id}", TimeSpan.FromSeconds(20));

        // Then the job is failed with the reason, and nothing of it is left on disk
        job.GetProperty("state").GetString().ShouldBe("failed");
        job.GetProperty("error").GetString()!.ShouldContain("lease");
        Directory.Exists(leftover).ShouldBeFalse();
        Directory.Exists(report).ShouldBeFalse();
    }
}
