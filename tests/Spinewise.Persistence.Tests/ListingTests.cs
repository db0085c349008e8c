using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class ListingTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ManyRowsPagedByCursor_ReturnsEachOnceNewestFirst(DatabaseProvider provider)
    {
        // Given 250 evaluations, several of them sharing a time (the id breaks the tie)
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var saved = Enumerable.Range(0, 250).Select(i => Some.Evaluation(Some.Start.AddSeconds(i / 3), caseId: $"case-{i % 7}")).ToList();
        foreach (var record in saved)
        {
            await store.SaveAsync(record);
        }

        // When they are listed 40 at a time
        var listed = new List<EvaluationRecord>();
        EvaluationCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await store.ListAsync(new EvaluationQuery { Cursor = cursor, Limit = 40 });
            listed.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        // Then every record comes once, newest first by (time, id)
        pages.ShouldBe(7);
        listed.Select(r => r.Id).ShouldBe(saved.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id.ToString(), StringComparer.Ordinal).Select(r => r.Id));
        listed.ShouldAllBe(r => saved.Contains(r));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_RowsInsertedBetweenPages_NeitherRepeatNorSkipTheOlderOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var older = Enumerable.Range(0, 30).Select(i => Some.Evaluation(Some.Start.AddMinutes(i))).ToList();
        foreach (var record in older)
        {
            await store.SaveAsync(record);
        }

        var first = await store.ListAsync(new EvaluationQuery { Limit = 10 });
        foreach (var i in Enumerable.Range(0, 5))
        {
            await store.SaveAsync(Some.Evaluation(Some.Start.AddHours(1).AddMinutes(i)));
        }

        var rest = new List<EvaluationRecord>();
        var cursor = first.NextCursor;
        while (cursor is not null)
        {
            var page = await store.ListAsync(new EvaluationQuery { Cursor = cursor, Limit = 10 });
            rest.AddRange(page.Items);
            cursor = page.NextCursor;
        }

        first.Items.Concat(rest).Select(r => r.Id).ShouldBe(older.AsEnumerable().Reverse().Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ByCaseIdAndTimeRange_ReturnsOnlyThoseInside(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var saved = Enumerable.Range(0, 60).Select(i => Some.Evaluation(Some.Start.AddMinutes(i), caseId: i % 2 == 0 ? "even" : "odd")).ToList();
        foreach (var record in saved)
        {
            await store.SaveAsync(record);
        }

        var from = Some.Start.AddMinutes(10);
        var to = Some.Start.AddMinutes(20);

        var page = await store.ListAsync(new EvaluationQuery { CaseId = "even", From = from, To = to, Limit = 100 });

        // From is inclusive (minute 10), to exclusive (minute 20 is out).
        page.Items.Select(r => r.CreatedAt.Minute).ShouldBe([18, 16, 14, 12, 10]);
        page.NextCursor.ShouldBeNull();
        (await store.ListAsync(new EvaluationQuery { CaseId = "none" })).Items.ShouldBeEmpty();
        (await store.ListAsync(new EvaluationQuery { CaseId = "odd", Limit = 100 })).Items.Count.ShouldBe(30);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ExactlyOnePageOfRows_HasNoNextCursor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        foreach (var i in Enumerable.Range(0, 5))
        {
            await store.SaveAsync(Some.Evaluation(Some.Start.AddSeconds(i)));
        }

        var page = await store.ListAsync(new EvaluationQuery { Limit = 5 });

        page.Items.Count.ShouldBe(5);
        page.NextCursor.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(EvaluationQuery.MaxLimit + 1)]
    public async Task List_LimitOutOfRange_Throws(int limit)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = await database.OpenReadyAsync();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.ListAsync(new EvaluationQuery { Limit = limit }));
    }
}
