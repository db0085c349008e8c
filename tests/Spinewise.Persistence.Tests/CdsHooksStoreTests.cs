using System.Text;
using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class CdsHooksStoreTests
{
    private static readonly byte[] CardsJson = "{\"cards\":[{\"uuid\":\"5b0c1f2e-8d3a-5e4b-9c6d-7e8f9a0b1c2d\",\"summary\":\"s\"}]}"u8.ToArray();

    private static EvaluationRecord HookCall(DateTimeOffset at, string hookInstance = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", byte[]? cards = null) =>
        Some.Evaluation(at, caseId: null) with { Channel = "cds-hooks", HookInstance = hookInstance, Hook = "order-select", Cards = cards ?? CardsJson };

    private static CdsFeedbackRecord Feedback(DateTimeOffset at, string card, Guid? evaluationId, string outcome = "overridden") => new()
    {
        Id = Guid.CreateVersion7(at),
        ReceivedAt = at,
        ServiceId = "spinewise-order-select",
        CardUuid = card,
        EvaluationId = evaluationId,
        Outcome = outcome,
        OverrideReason = outcome == "overridden" ? "{\"reason\":{\"code\":\"x\",\"system\":\"y\"},\"userComment\":\"no\"}"u8.ToArray() : null,
        AcceptedSuggestions = outcome == "accepted" ? "[{\"id\":\"abc\"}]"u8.ToArray() : null,
        OutcomeTimestamp = "2026-03-01T08:05:00Z",
        Body = Encoding.UTF8.GetBytes($"{{\"card\":\"{card}\",\"outcome\":\"{outcome}\"}}"),
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_HookCall_KeepsHookInstanceHookAndCardsByteForByte(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var record = HookCall(Some.Start);

        await store.SaveAsync(record);
        var read = (await store.GetAsync(record.Id)).ShouldNotBeNull();

        read.ShouldBe(record);
        read.HookInstance.ShouldBe("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        read.Hook.ShouldBe("order-select");
        read.Cards.ShouldBe(CardsJson);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_ApiEvaluation_HasNoHookColumns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var record = Some.Evaluation(Some.Start);

        await store.SaveAsync(record);
        var read = (await store.GetAsync(record.Id)).ShouldNotBeNull();

        read.HookInstance.ShouldBeNull();
        read.Hook.ShouldBeNull();
        read.Cards.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ByHookInstance_ReturnsOnlyThatCall(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var first = HookCall(Some.Start, "hook-a");
        var second = HookCall(Some.Start.AddSeconds(1), "hook-b");
        var again = HookCall(Some.Start.AddSeconds(2), "hook-a");
        await store.SaveAsync(first);
        await store.SaveAsync(second);
        await store.SaveAsync(again);
        await store.SaveAsync(Some.Evaluation(Some.Start.AddSeconds(3)));

        var page = await store.ListAsync(new EvaluationQuery { HookInstance = "hook-a" });

        page.Items.Select(r => r.Id).ShouldBe([again.Id, first.Id]);
        (await store.ListAsync(new EvaluationQuery { HookInstance = "hook-c" })).Items.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FindEvaluationByCard_CardInStoredAnswer_ReturnsThatEvaluation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var other = HookCall(Some.Start, cards: "{\"cards\":[{\"uuid\":\"11111111-2222-5333-8444-555555555555\"}]}"u8.ToArray());
        var record = HookCall(Some.Start.AddSeconds(1));
        await store.SaveAsync(other);
        await store.SaveAsync(record);

        (await store.FindEvaluationByCardAsync("5b0c1f2e-8d3a-5e4b-9c6d-7e8f9a0b1c2d", Some.Start.AddDays(-7))).ShouldBe(record.Id);
        (await store.FindEvaluationByCardAsync("11111111-2222-5333-8444-555555555555", Some.Start.AddDays(-7))).ShouldBe(other.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FindEvaluationByCard_UnknownPartialOrTooOld_ReturnsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        await store.SaveAsync(HookCall(Some.Start));

        (await store.FindEvaluationByCardAsync("99999999-2222-5333-8444-555555555555", Some.Start.AddDays(-7))).ShouldBeNull();
        (await store.FindEvaluationByCardAsync("5b0c1f2e", Some.Start.AddDays(-7))).ShouldBeNull();
        (await store.FindEvaluationByCardAsync("5b0c1f2e-8d3a-5e4b-9c6d-7e8f9a0b1c2d", Some.Start.AddSeconds(1))).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveFeedback_LinkedAndUnlinked_ListedByCardOldestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var call = HookCall(Some.Start);
        await store.SaveAsync(call);
        var card = "5b0c1f2e-8d3a-5e4b-9c6d-7e8f9a0b1c2d";
        var overridden = Feedback(Some.Start.AddMinutes(1), card, call.Id);
        var accepted = Feedback(Some.Start.AddMinutes(2), card, call.Id, "accepted");
        var unknown = Feedback(Some.Start.AddMinutes(3), "not-a-card-we-sent", null);

        await store.SaveFeedbackAsync([overridden, accepted]);
        await store.SaveFeedbackAsync([unknown]);

        (await store.ListFeedbackAsync(card)).ShouldBe([overridden, accepted]);
        (await store.ListFeedbackAsync("not-a-card-we-sent")).ShouldHaveSingleItem().EvaluationId.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveFeedback_UnstoredEvaluation_ThrowsAndStoresNoneOfTheBatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var good = Feedback(Some.Start, "card-1", null);
        var bad = Feedback(Some.Start.AddSeconds(1), "card-1", Guid.CreateVersion7(Some.Start));

        await Should.ThrowAsync<InvalidOperationException>(() => store.SaveFeedbackAsync([good, bad]));

        (await store.ListFeedbackAsync("card-1")).ShouldBeEmpty();
    }

    [Fact]
    public void Save_EmptyHookInstance_IsABug()
    {
        var record = HookCall(Some.Start, hookInstance: "");

        Should.Throw<ArgumentException>(record.ThrowIfInvalid);
    }
}
