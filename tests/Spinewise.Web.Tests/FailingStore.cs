using Spinewise.Persistence;

namespace Spinewise.Web.Tests;

/// <summary>A store that starts and answers pings but fails every read and write, as a bug or a lost database would.</summary>
public sealed class FailingStore : IEvaluationStore
{
    public const string Secret = "connection to db-7.internal refused";

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) => Task.FromResult(1);

    public Task<bool> EnsureKnowledgeVersionAsync(string id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<StoredKnowledgeVersion?> GetKnowledgeVersionAsync(string id, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task SaveAsync(EvaluationRecord record, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task<EvaluationRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task<EvaluationPage> ListAsync(EvaluationQuery query, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task<Guid?> FindEvaluationByCardAsync(string cardUuid, DateTimeOffset since, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task SaveFeedbackAsync(IReadOnlyList<CdsFeedbackRecord> feedback, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task<IReadOnlyList<CdsFeedbackRecord>> ListFeedbackAsync(string cardUuid, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(false);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
