using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_FromManyTasksAndTwoStores_KeepsEveryRecord(DatabaseProvider provider)
    {
        // Given two stores over one database, as two replicas would have
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = new[] { await database.OpenReadyAsync(), database.Open() };
        var records = Enumerable.Range(0, 400).Select(i => Some.Evaluation(Some.Start.AddMilliseconds(i), caseId: $"case-{i % 16}")).ToList();

        // When 16 tasks save them at once
        await Task.WhenAll(Enumerable.Range(0, 16).Select(t => Task.Run(async () =>
        {
            for (var i = t; i < records.Count; i += 16)
            {
                await stores[i % 2].SaveAsync(records[i]);
            }
        })));

        // Then every one is there
        var listed = new List<EvaluationRecord>();
        EvaluationCursor? cursor = null;
        do
        {
            var page = await stores[1].ListAsync(new EvaluationQuery { Cursor = cursor, Limit = EvaluationQuery.MaxLimit });
            listed.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        listed.Count.ShouldBe(records.Count);
        listed.Select(r => r.Id).ToHashSet().SetEquals(records.Select(r => r.Id)).ShouldBeTrue();
        (await stores[0].ListAsync(new EvaluationQuery { CaseId = "case-3", Limit = 100 })).Items.Count.ShouldBe(25);
    }
}
