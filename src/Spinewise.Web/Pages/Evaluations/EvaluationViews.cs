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
    /// <summary>The view of the evaluation with <paramref name="id"/>; null when there is none (or the id is not a UUID).</summary>
    public async Task<EvaluationView?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (await EvaluationsApi.FindAsync(id, store, cancellationToken) is not { } record || record.Channel == CdsHookRecorder.Channel)
        {
            return null;
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
