using Spinewise.Application.Contracts;
using Spinewise.Domain.Decisions;
using Spinewise.Fhir;

namespace Spinewise.Application.Screening;

/// <summary>
/// One line of a screening report's <c>patients.ndjson</c>: per evaluated patient what a quality team screens on — each
/// procedure's status with the criteria it rests on, the recommendations that apply (and may apply) with their stance,
/// the conflicts among them, the questions that would decide an undetermined status, and the chart's unmapped codes.
/// Which recommendations only may apply, and why, is in the full answer of one patient, <c>recommend --fhir --json</c>.
/// <see cref="ScreeningLineWriter"/> writes exactly what serialising this record with
/// <see cref="Json.ContractJson.Wire"/> gives, without building it.
/// </summary>
/// <param name="Patient">The patient id.</param>
/// <param name="Interventions">Every intervention any source speaks to, in vocabulary order.</param>
/// <param name="AskNext">The unknown facts, most decisive first, with the interventions whose status each could change.</param>
/// <param name="Unmapped">The chart's codes that map to nothing, in input order.</param>
public sealed record ScreeningLine(
    string Patient, IReadOnlyList<ScreeningLineIntervention> Interventions, IReadOnlyList<ScreeningLineQuestion> AskNext, IReadOnlyList<UnmappedCodeJson> Unmapped)
{
    /// <summary>The line of one evaluated patient.</summary>
    /// <param name="patient">The patient id.</param>
    /// <param name="report">The decision report.</param>
    /// <param name="unmapped">The chart's unmapped codes.</param>
    /// <returns>The line.</returns>
    public static ScreeningLine From(string patient, DecisionReport report, IReadOnlyList<UnmappedCode> unmapped)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(unmapped);
        return new ScreeningLine(
            patient,
            [.. report.Interventions.Select(ScreeningLineIntervention.From)],
            [.. report.AskNext.Select(q => new ScreeningLineQuestion(q.Key, [.. q.Affects.Select(i => i.Value)]))],
            [.. unmapped.Select(u => new UnmappedCodeJson(u.Reference, u.Element, u.System, u.Code, u.Display))]);
    }
}

/// <summary>One procedure in a screening line.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Status">Candidate, undetermined, not a candidate or not addressed.</param>
/// <param name="Because">The criteria the status rests on (those not met or met for a non-candidate, the unknown ones for an undetermined status).</param>
/// <param name="Applicable">The recommendations on it that apply to the patient, with their stance.</param>
/// <param name="Conflicts">The conflicts among the recommendations that apply or may apply: the two guidelines, the kind, whether it concerns the patient.</param>
public sealed record ScreeningLineIntervention(
    string Intervention, CandidateStatus Status, IReadOnlyList<string> Because,
    IReadOnlyList<ScreeningLineStance> Applicable, IReadOnlyList<ScreeningLineConflict> Conflicts)
{
    internal static ScreeningLineIntervention From(InterventionAssessment a) => new(
        a.Intervention.Id.Value, a.Status, [.. a.Decisive.Select(d => d.Criterion.Id)],
        [.. a.Recommendations.Where(r => r.Applies == Applicability.Yes)
            .Select(r => new ScreeningLineStance(r.Position.Recommendation.Id.Value, r.Position.Stance.Stance, r.Position.Stance.Variant))],
        [.. a.Conflicts.Select(c => new ScreeningLineConflict([c.Conflict.First.Guideline.Value, c.Conflict.Second.Guideline.Value], c.Conflict.Kind, c.Applies))]);
}

/// <summary>A recommendation's stance on a procedure in a screening line.</summary>
/// <param name="Recommendation">The recommendation id.</param>
/// <param name="Stance">Its stance on the procedure.</param>
/// <param name="Variant">The intervention variant the stance is on, or absent for the whole intervention.</param>
public sealed record ScreeningLineStance(
    string Recommendation, Domain.Grading.Stance Stance,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Variant);

/// <summary>A conflict in a screening line.</summary>
/// <param name="Guidelines">The two guidelines that disagree.</param>
/// <param name="Kind">Opposite directions, or a difference of strength.</param>
/// <param name="Applies">Yes when recommendations on both sides apply to the patient, unknown when one side only may.</param>
public sealed record ScreeningLineConflict(IReadOnlyList<string> Guidelines, Domain.Conflicts.ConflictKind Kind, Applicability Applies);

/// <summary>An unknown fact in a screening line.</summary>
/// <param name="Criterion">The case field it is about (<c>conditions.x</c>, <c>findings.y</c>, <c>flags.z</c>, …).</param>
/// <param name="Affects">The interventions whose undetermined status its answer could change.</param>
public sealed record ScreeningLineQuestion(string Criterion, IReadOnlyList<string> Affects);
