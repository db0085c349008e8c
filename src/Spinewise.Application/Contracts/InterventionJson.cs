using Spinewise.Application.Internal;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Contracts;

/// <summary>One intervention's status for the case, the results of its criteria, the guidelines' stances on it and the conflicts among them.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Label">Its name.</param>
/// <param name="Status">What the criteria sources state make of the case.</param>
/// <param name="Because">The criteria that decide the status.</param>
/// <param name="Criteria">Every criterion sources state for it, with its result (statement and test: <c>/api/interventions/{id}</c>).</param>
/// <param name="Recommendations">Each guideline recommendation on it: id (graded in the answer's <c>recommendations</c>) and stance.</param>
/// <param name="NotAddressedBy">Guidelines a source says do not address it.</param>
/// <param name="Conflicts">Conflicts among the recommendations on it, with whether they concern this patient.</param>
/// <param name="FlagsNotAddressed">Recorded flags no criterion of it tests.</param>
/// <param name="SafetyFlagsNotAddressed">Recorded safety flags no criterion of it tests.</param>
public sealed record InterventionJson(
    string Intervention, string Label, CandidateStatus Status, IReadOnlyList<string> Because, IReadOnlyList<CriterionResultJson> Criteria,
    IReadOnlyList<InterventionRecommendationJson> Recommendations, IReadOnlyList<NotAddressedByJson> NotAddressedBy,
    IReadOnlyList<CaseConflictJson> Conflicts, IReadOnlyList<string> FlagsNotAddressed, IReadOnlyList<string> SafetyFlagsNotAddressed)
{
    internal static InterventionJson From(AnswerSources sources, InterventionAssessment a) => new(
        a.Intervention.Id.Value, a.Intervention.Label, a.Status, a.Decisive.Select(d => d.Criterion.Id).ToList(),
        a.Criteria.Select(c => new CriterionResultJson(c.Criterion.Id, c.Criterion.Role, c.Result)).ToList(),
        a.Recommendations.Select(InterventionRecommendationJson.From).ToList(),
        a.NotAddressedBy.Select(n => new NotAddressedByJson(n.Guideline.Id.Value, sources.Key(n.Entry.Source))).ToList(),
        a.Conflicts.Select(CaseConflictJson.From).ToList(),
        a.FlagsNotAddressed.Select(f => "flags." + f).ToList(),
        a.SafetyFlagsNotAddressed.Select(f => "flags." + f).ToList());
}
