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

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_BadRecordsAmongGoodOnesAtOnce_FailAloneAndTheOthersAreStored(DatabaseProvider provider)
    {
        // Saves arriving together may be committed together; one that breaks a constraint must not take the others with it.
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await database.OpenReadyAsync();
        var records = Enumerable.Range(0, 60)
            .Select(i => Some.Evaluation(Some.Start.AddMilliseconds(i), knowledgeVersion: i % 10 == 3 ? new string('f', 64) : null))
            .ToList();

        var outcomes = await Task.WhenAll(records.Select(r => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(r);
                return (r, Error: (Exception?)null);
            }
            catch (InvalidOperationException ex)
            {
                return (r, Error: ex);
            }
        })));

        outcomes.Where(o => o.Error is not null).Select(o => o.r.Id).ShouldBe(
            records.Where(r => r.KnowledgeVersion != Some.KnowledgeId).Select(r => r.Id), ignoreOrder: true);
        foreach (var (record, error) in outcomes)
        {
            (await store.GetAsync(record.Id) is not null).ShouldBe(error is null);
        }
    }
}
