using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Application;
using Spinewise.Persistence;

namespace Spinewise.Web.Tests.CdsHooks;

public sealed class CdsFeedbackTests(CdsHooksFixture fixture) : IClassFixture<CdsHooksFixture>
{
    private const string Path = "/cds-services/spinewise-order-select/feedback";

    private IEvaluationStore Store => fixture.Factory.Services.GetRequiredService<IEvaluationStore>();

    /// <summary>A stored hook call whose cards hold a card with <paramref name="card"/> as its uuid.</summary>
    private async Task<Guid> StoredCallWithCard(string card)
    {
        _ = fixture.Client(); // starts the host: knowledge version stored
        var host = fixture.Factory.Services.GetRequiredService<KnowledgeHost>();
        var now = DateTimeOffset.UtcNow;
        var cards = Encoding.UTF8.GetBytes($"{{\"cards\":[{{\"uuid\":\"{card}\",\"summary\":\"s\",\"indicator\":\"info\",\"source\":{{\"label\":\"l\"}}}}]}}");
        var record = new EvaluationRecord
        {
            Id = Guid.CreateVersion7(now), CreatedAt = now, Channel = "cds-hooks", AsOf = DateOnly.FromDateTime(now.UtcDateTime),
            KnowledgeVersion = host.Version, Input = "{}"u8.ToArray(), InputContentType = "application/json",
            OutputSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(cards)), OutputLength = cards.Length,
            OutputContentType = "application/json", EngineVersion = "test", HookInstance = Guid.NewGuid().ToString(), Hook = "order-select", Cards = cards,
        };
        await Store.SaveAsync(record);
        return record.Id;
    }

    [Fact]
    public async Task Feedback_OverriddenAndAccepted_StoredAsReceivedAndLinkedToTheEvaluation()
    {
        var card = Guid.NewGuid().ToString();
        var evaluation = await StoredCallWithCard(card);
        var body = $$"""
            {"feedback":[
              {"card":"{{card}}","outcome":"overridden","overrideReason":{"reason":{"code":"patient-declined","system":"https://spinewise.example/cds/override-reason"},"userComment":"prefers to wait"},"outcomeTimestamp":"2026-12-02T04:05:31Z","extra":1},
              {"card":"{{card}}","outcome":"accepted","acceptedSuggestions":[{"id":"0b2a6e94-3c1d-4f5e-8a7b-9c0d1e2f3a4b"}],"outcomeTimestamp":"2026-12-02T04:06:00Z"}
            ]}
            """;

        var response = await fixture.PostSigned(Path, body);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stored = await Store.ListFeedbackAsync(card);
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(f => f.EvaluationId == evaluation && f.ServiceId == "spinewise-order-select");
        var overridden = stored.Single(f => f.Outcome == "overridden");
        Encoding.UTF8.GetString(overridden.OverrideReason!).ShouldContain("prefers to wait");
        Encoding.UTF8.GetString(overridden.Body).ShouldContain("\"extra\":1");
        overridden.OutcomeTimestamp.ShouldBe("2026-12-02T04:05:31Z");
        Encoding.UTF8.GetString(stored.Single(f => f.Outcome == "accepted").AcceptedSuggestions!).ShouldContain("0b2a6e94-3c1d-4f5e-8a7b-9c0d1e2f3a4b");
    }

    [Fact]
    public async Task Feedback_CardNoAnswerHolds_StoredWithoutEvaluation()
    {
        var card = Guid.NewGuid().ToString();

        var response = await fixture.PostSigned(Path, $$"""{"feedback":[{"card":"{{card}}","outcome":"overridden","outcomeTimestamp":"2026-12-02T04:05:31Z"}]}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Store.ListFeedbackAsync(card)).ShouldHaveSingleItem().EvaluationId.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"feedback":[{"card":"c","outcome":"accepted","outcomeTimestamp":"2026-12-02T04:05:31Z"}]}""", "$.feedback[0].acceptedSuggestions")]
    [InlineData("""{"feedback":[{"card":"c","outcome":"ignored","outcomeTimestamp":"2026-12-02T04:05:31Z"}]}""", "$.feedback[0].outcome")]
    [InlineData("""{"feedback":[{"outcome":"overridden","outcomeTimestamp":"2026-12-02T04:05:31Z"}]}""", "$.feedback[0].card")]
    [InlineData("""{"feedback":[{"card":"c","outcome":"overridden","outcomeTimestamp":"yesterday"}]}""", "$.feedback[0].outcomeTimestamp")]
    [InlineData("""{"feedback":[{"card":"c","outcome":"overridden","outcomeTimestamp":"2026-12-02T04:05:31Z","overrideReason":"no"}]}""", "$.feedback[0].overrideReason")]
    [InlineData("""{"feedback":[]}""", "$.feedback")]
    [InlineData("""{"cards":[]}""", "$.feedback")]
    public async Task Feedback_Malformed_Is400NamingThePathAndStoresNothing(string body, string path)
    {
        var response = await fixture.PostSigned(Path, body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ShouldContain(path);
        (await Store.ListFeedbackAsync("c")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Feedback_WithoutToken_Is401AndStoresNothing()
    {
        var card = Guid.NewGuid().ToString();

        var response = await fixture.Client().PostJson(Path, $$"""{"feedback":[{"card":"{{card}}","outcome":"overridden","outcomeTimestamp":"2026-12-02T04:05:31Z"}]}""");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Store.ListFeedbackAsync(card)).ShouldBeEmpty();
    }
}
