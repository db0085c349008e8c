using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Spinewise.Application;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;
using Spinewise.Persistence;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>
/// Keeps every answer in the audit trail before it is sent: the served knowledge version (packed, stored once), then
/// the record — a UUIDv7 id and the time from the clock, the channel, the input byte for byte, the answer's SHA-256.
/// </summary>
internal sealed class EvaluationRecorder(KnowledgeHost host, IEvaluationStore store, TimeProvider time)
{
    public const string Channel = "api";
    public const string JsonMediaType = "application/json";

    /// <summary>The build of the engine that made the answer (the decision engine's assembly version, with its source revision).</summary>
    public static readonly string EngineVersion =
        typeof(Domain.Decisions.DecisionEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    // Knowledge versions are content-addressed and never deleted: once stored, stored for every replica.
    private volatile bool _versionStored;

    /// <summary>Serializes the answer, stores the record durably, and returns its id and the answer's bytes.</summary>
    public Task<(Guid Id, PooledJson Output)> RecordAsync(byte[] input, Evaluation evaluation, CancellationToken cancellationToken) =>
        RecordAsync(input, JsonMediaType, evaluation, PooledJson.Serialize(evaluation.Contract, ContractJson.Wire), cancellationToken);

    /// <summary>Stores a FHIR chart's evaluation: the Bundle as received (<c>application/fhir+json</c>) and the answer with the derived case and unmapped codes.</summary>
    public Task<(Guid Id, PooledJson Output)> RecordAsync(byte[] input, FhirEvaluation chart, CancellationToken cancellationToken) =>
        RecordAsync(input, EvaluateFhirBundle.MediaType, chart.Evaluation, PooledJson.Serialize(chart.Contract, ContractJson.Wire), cancellationToken);

    private async Task<(Guid Id, PooledJson Output)> RecordAsync(byte[] input, string inputContentType, Evaluation evaluation, PooledJson output, CancellationToken cancellationToken)
    {
        try
        {
            return (await SaveAsync(input, inputContentType, evaluation, output, cancellationToken).ConfigureAwait(false), output);
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private async Task<Guid> SaveAsync(byte[] input, string inputContentType, Evaluation evaluation, PooledJson output, CancellationToken cancellationToken)
    {
        await StoreKnowledgeVersionAsync(cancellationToken).ConfigureAwait(false);
        var createdAt = time.GetUtcNow();
        var id = Guid.CreateVersion7(createdAt);
        await store.SaveAsync(
            new EvaluationRecord
            {
                Id = id,
                CreatedAt = createdAt,
                Channel = Channel,
                CaseId = evaluation.Contract.CaseId is { Length: > 0 } caseId ? caseId : null,
                AsOf = evaluation.Report.AsOf,
                KnowledgeVersion = host.Version,
                Input = input,
                InputContentType = inputContentType,
                OutputSha256 = Sha256(output.Span),
                OutputLength = output.Length,
                OutputContentType = JsonMediaType,
                EngineVersion = EngineVersion,
            },
            cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The answer's bytes as sent (before <c>evaluationId</c> is added): the contract serialized with <see cref="ContractJson.Wire"/>.</summary>
    public static byte[] Serialize(Evaluation evaluation) => JsonSerializer.SerializeToUtf8Bytes(evaluation.Contract, ContractJson.Wire);

    /// <summary>The answer's bytes for a FHIR chart: its contract serialized with <see cref="ContractJson.Wire"/>.</summary>
    public static byte[] Serialize(FhirEvaluation chart) => JsonSerializer.SerializeToUtf8Bytes(chart.Contract, ContractJson.Wire);

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Stores the served knowledge version's packed files unless this process has already (done at start-up, so the first answer does not pay for it): the files exactly as loaded, not read again.</summary>
    public async Task StoreKnowledgeVersionAsync(CancellationToken cancellationToken)
    {
        if (_versionStored)
        {
            return;
        }

        await store.EnsureKnowledgeVersionAsync(host.Version, host.Snapshot.Pack(), cancellationToken).ConfigureAwait(false);
        _versionStored = true;
    }
}
