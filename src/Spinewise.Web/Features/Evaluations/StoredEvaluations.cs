using System.Collections.Concurrent;
using Spinewise.Application;
using Spinewise.Application.Evaluations;
using Spinewise.Knowledge;
using Spinewise.Persistence;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>
/// Re-computes stored answers: the stored input evaluated as of the stored date on the stored knowledge version —
/// the one being served, or one loaded from the store's packed content. Loaded versions are kept: they are
/// immutable and named by their content, so no replica can hold a different one under the same name.
/// </summary>
internal sealed class StoredEvaluations(KnowledgeHost current, IEvaluationStore store)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<KnowledgeHost>>> _versions = new(StringComparer.Ordinal);

    public KnowledgeHost Current => current;

    /// <summary>The stored input evaluated again on <paramref name="host"/> (its own knowledge version when null).</summary>
    public async Task<Evaluation> EvaluateAsync(EvaluationRecord record, KnowledgeHost? host, CancellationToken cancellationToken) =>
        (await RecomputeAsync(record, host, cancellationToken).ConfigureAwait(false)).Evaluation;

    /// <summary>
    /// The stored input evaluated again on <paramref name="host"/> (its own knowledge version when null), with the answer's
    /// bytes as they were stored: a case's decision, or a FHIR chart's decision with its case and unmapped codes.
    /// </summary>
    public async Task<(Evaluation Evaluation, byte[] Output)> RecomputeAsync(EvaluationRecord record, KnowledgeHost? host, CancellationToken cancellationToken)
    {
        host ??= await HostForAsync(record.KnowledgeVersion, cancellationToken).ConfigureAwait(false);
        if (string.Equals(record.InputContentType, EvaluateFhirBundle.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            var chart = new EvaluateFhirBundle(host).Execute(record.Input, EvaluateApi.InputName, record.AsOf);
            return chart.TryGetValue(out var fhir, out var fhirFailure)
                ? (fhir.Evaluation, EvaluationRecorder.Serialize(fhir))
                : throw Rejected(record, host, fhirFailure);
        }

        var outcome = new EvaluateCase(host).Execute(record.Input, EvaluateApi.InputName, record.AsOf);
        return outcome.TryGetValue(out var evaluation, out var failure)
            ? (evaluation, EvaluationRecorder.Serialize(evaluation))
            : throw Rejected(record, host, failure);
    }

    private static InvalidOperationException Rejected(EvaluationRecord record, KnowledgeHost host, UseCaseFailure failure) =>
        new($"Evaluation {record.Id} was valid when stored but knowledge {host.Version[..12]} rejects it now: {failure}.");

    /// <summary>The host of a stored knowledge version.</summary>
    public Task<KnowledgeHost> HostForAsync(string version, CancellationToken cancellationToken)
    {
        if (version == current.Version)
        {
            return Task.FromResult(current);
        }

        var lazy = _versions.GetOrAdd(version, v => new Lazy<Task<KnowledgeHost>>(() => LoadAsync(v, CancellationToken.None)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    private async Task<KnowledgeHost> LoadAsync(string version, CancellationToken cancellationToken)
    {
        var stored = await store.GetKnowledgeVersionAsync(version, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Knowledge version {version} is referenced by a stored evaluation but not stored.");
        var load = KnowledgeHost.FromSnapshot(KnowledgeSnapshot.Unpack(stored.Content), current.Time);
        return load.TryGetHost(out var host)
            ? host
            : throw new InvalidOperationException($"The stored knowledge version {version} does not load ({load.Diagnostics.Count} errors).");
    }
}
