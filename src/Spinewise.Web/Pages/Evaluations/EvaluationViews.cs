using Spinewise.Application;
using Spinewise.Application.Evaluations;
using Spinewise.Persistence;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Features.Evaluations;

namespace Spinewise.Web.Pages.Evaluations;

/// <summary>
/// Loads a stored evaluation for its page the way the API does (<see cref="StoredEvaluations"/>: the stored input on
/// its own knowledge version) and, when the knowledge served now is another version, replays it there and diffs the
/// answers (<see cref="EvaluationDiff"/>, as <c>POST /api/evaluations/{id}/replay</c>).
/// </summary>
internal sealed class EvaluationViews(IEvaluationStore store, StoredEvaluations evaluations)
{
    /// <summary>The stored record with <paramref name="id"/>, an evaluation or a hook call; null when there is none (or the id is not a UUID).</summary>
    public Task<EvaluationRecord?> FindRecordAsync(string id, CancellationToken cancellationToken) =>
        EvaluationsApi.FindAsync(id, store, cancellationToken);

    /// <summary>The view of a stored evaluation (not a hook call: see <see cref="HookCallView"/>).</summary>
    public async Task<EvaluationView> ViewOfAsync(EvaluationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Channel == CdsHookRecorder.Channel)
        {
            throw new ArgumentException($"Evaluation {record.Id} is a hook call; its page shows the cards as sent.", nameof(record));
        }

        var host = await evaluations.HostForAsync(record.KnowledgeVersion, cancellationToken);
        var current = evaluations.Current;
        var fromFhir = string.Equals(record.InputContentType, EvaluateFhirBundle.MediaType, StringComparison.OrdinalIgnoreCase);
        var (evaluation, unmapped) = Evaluate(record, host, fromFhir)
            ?? throw new InvalidOperationException($"Evaluation {record.Id} was valid when stored but its knowledge version rejects it now.");
        Application.Contracts.Diff.EvaluationDiffContract? replay = null;
        string? problem = null;
        if (!ReferenceEquals(host, current) && host.Version != current.Version)
        {
            if (Evaluate(record, current, fromFhir) is { } now)
            {
                replay = EvaluationDiff.Between(evaluation.Contract, now.Evaluation.Contract);
            }
            else
            {
                problem = "The knowledge served now rejects the stored input (an id it held may have been removed), so it cannot be evaluated again.";
            }
        }

        return new EvaluationView
        {
            Record = record,
            Knowledge = host.Knowledge,
            Report = evaluation.Report,
            FromFhir = fromFhir,
            Unmapped = unmapped,
            Replay = replay,
            ReplayProblem = problem,
            CurrentVersion = current.Version,
        };
    }

    private static (Evaluation Evaluation, IReadOnlyList<Fhir.UnmappedCode> Unmapped)? Evaluate(EvaluationRecord record, KnowledgeHost host, bool fromFhir)
    {
        if (fromFhir)
        {
            return new EvaluateFhirBundle(host).Execute(record.Input, EvaluateApi.InputName, record.AsOf).TryGetValue(out var chart, out _)
                ? (chart.Evaluation, chart.Mapping.Unmapped)
                : null;
        }

        return new EvaluateCase(host).Execute(record.Input, EvaluateApi.InputName, record.AsOf).TryGetValue(out var evaluation, out _)
            ? (evaluation, [])
            : null;
    }
}
