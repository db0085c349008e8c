using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Web.Tests;

/// <summary>The stored-evaluation tests on PostgreSQL (the test cluster; skipped locally without it, failing in CI).</summary>
public sealed class PostgresStoredEvaluationsTests(PostgresStoredEvaluationsTests.Fixture fixture) : StoredEvaluationsTests, IClassFixture<PostgresStoredEvaluationsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        private readonly string _database = "web_" + Guid.NewGuid().ToString("N");
        private WebFactory? _factory;

        public WebFactory Factory => _factory ?? throw new InvalidOperationException("The PostgreSQL cluster is not available.");

        public async Task InitializeAsync()
        {
            if (!PostgresCluster.Enabled)
            {
                return;
            }

            var connectionString = await PostgresCluster.CreateDatabaseAsync(_database);
            _factory = new WebFactory(new Dictionary<string, string?>
            {
                ["Spinewise:Database:Provider"] = "postgres",
                ["Spinewise:Database:ConnectionString"] = connectionString,
            });
        }

        public void Dispose() => _factory?.Dispose();

        public async Task DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
                await PostgresCluster.DropDatabaseAsync(_database);
            }
        }
    }

    protected override WebFactory Factory => fixture.Factory;

    [PostgresFact]
    public override Task Get_Stored_RecordWithInputAndReproducedAnswer() => base.Get_Stored_RecordWithInputAndReproducedAnswer();

    [PostgresFact]
    public override Task Get_UnknownOrMalformedId_404() => base.Get_UnknownOrMalformedId_404();

    [PostgresFact]
    public override Task List_ByCaseIdPaged_EveryOneOnce() => base.List_ByCaseIdPaged_EveryOneOnce();

    [PostgresFact]
    public override Task List_TimeRange_OnlyWithin() => base.List_TimeRange_OnlyWithin();

    [PostgresFact]
    public override Task Evaluate_InvalidCase_NothingStored() => base.Evaluate_InvalidCase_NothingStored();

    [PostgresFact]
    public override Task Replay_UnchangedKnowledge_NoChanges() => base.Replay_UnchangedKnowledge_NoChanges();

}
