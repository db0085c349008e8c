using Spinewise.Application;
using Spinewise.Persistence;
using Spinewise.Web.Features.Evaluations;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Keeps every answered hook call in the audit trail before the answer is sent (channel <c>cds-hooks</c>): the
/// request body as received (the prefetch as the EHR sent it, byte for byte, with only the
/// <c>fhirAuthorization.access_token</c> value redacted: see <see cref="AccessTokenRedaction"/>), the hook and
/// hookInstance, the knowledge version, and the response as sent with its SHA-256 — the cards are that response.
/// </summary>
internal sealed class CdsHookRecorder(KnowledgeHost host, IEvaluationStore store, EvaluationRecorder evaluations, TimeProvider time)
{
    public const string Channel = "cds-hooks";

    /// <summary>The id and time of a new evaluation: the cards need the id before they are built.</summary>
    public (Guid Id, DateTimeOffset CreatedAt) NewEvaluation()
    {
        var createdAt = time.GetUtcNow();
        return (Guid.CreateVersion7(createdAt), createdAt);
    }

    public async Task RecordAsync(
        (Guid Id, DateTimeOffset CreatedAt) evaluation, CdsHookRequest request, byte[] body, string? caseId, DateOnly asOf, byte[] cards,
        CancellationToken cancellationToken)
    {
        await evaluations.StoreKnowledgeVersionAsync(cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(
            new EvaluationRecord
            {
                Id = evaluation.Id,
                CreatedAt = evaluation.CreatedAt,
                Channel = Channel,
                CaseId = caseId,
                AsOf = asOf,
                KnowledgeVersion = host.Version,
                Input = AccessTokenRedaction.Redact(body),
                InputContentType = EvaluationRecorder.JsonMediaType,
                OutputSha256 = EvaluationRecorder.Sha256(cards),
                OutputLength = cards.Length,
                OutputContentType = EvaluationRecorder.JsonMediaType,
                EngineVersion = EvaluationRecorder.EngineVersion,
                HookInstance = request.HookInstance,
                Hook = request.Hook,
                Cards = cards,
            },
            cancellationToken).ConfigureAwait(false);
    }
}
