using System.Net;

namespace Spinewise.Web.Tests;

public sealed class SqliteStoredEvaluationsTests(SqliteStoredEvaluationsTests.Fixture fixture) : StoredEvaluationsTests, IClassFixture<SqliteStoredEvaluationsTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public WebFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    protected override WebFactory Factory => fixture.Factory;

    [Fact]
    public override Task Get_Stored_RecordWithInputAndReproducedAnswer() => base.Get_Stored_RecordWithInputAndReproducedAnswer();

    [Fact]
    public override Task Get_UnknownOrMalformedId_404() => base.Get_UnknownOrMalformedId_404();

    [Fact]
    public override Task List_ByCaseIdPaged_EveryOneOnce() => base.List_ByCaseIdPaged_EveryOneOnce();

    [Fact]
    public override Task List_TimeRange_OnlyWithin() => base.List_TimeRange_OnlyWithin();

    [Fact]
    public override Task Evaluate_InvalidCase_NothingStored() => base.Evaluate_InvalidCase_NothingStored();

    [Fact]
    public override Task Replay_UnchangedKnowledge_NoChanges() => base.Replay_UnchangedKnowledge_NoChanges();


    [Theory]
    [InlineData("cursor=nonsense", "cursor")]
    [InlineData("from=yesterday", "from")]
    [InlineData("limit=0", "limit")]
    public async Task List_BadParameter_400NamingIt(string query, string parameter)
    {
        var response = await Factory.CreateClient().Get($"/api/evaluations?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Fact]
    public void DataFolder_AfterStart_HoldsTheDatabase()
    {
        _ = Factory.CreateClient();

        File.Exists(Path.Combine(Factory.DataDirectory, "spinewise.db")).ShouldBeTrue();
    }
}
