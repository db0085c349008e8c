using System.Text.Json.Serialization;
using Spinewise.Application.Internal;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Application.Contracts;

/// <summary>
/// One intervention's status for the case, the results of its criteria, the guidelines' stances on it and the conflicts
/// among them. Its name and criteria are the knowledge's (<c>/api/interventions/{id}</c>).
/// </summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Status">What the criteria sources state make of the case.</param>
/// <param name="Because">The criteria that decide the status.</param>
/// <param name="Criteria">Every criterion sources state for it, by its result for this case.</param>
/// <param name="Recommendations">Each guideline recommendation on it: id (its applicability in the answer's <c>applicability</c>) and stance.</param>
/// <param name="NotAddressedBy">Guidelines a source says do not address it.</param>
/// <param name="Conflicts">Conflicts among the recommendations on it, with whether they concern this patient.</param>
/// <param name="FlagsNotAddressed">Recorded flags no criterion of it tests; absent when there are none.</param>
/// <param name="SafetyFlagsNotAddressed">Recorded safety flags no criterion of it tests; absent when there are none.</param>
public sealed record InterventionJson(
    string Intervention, CandidateStatus Status, IReadOnlyList<string> Because, CriteriaResultsJson Criteria,
    IReadOnlyList<InterventionRecommendationJson> Recommendations, IReadOnlyList<NotAddressedByJson> NotAddressedBy,
    IReadOnlyList<CaseConflictJson> Conflicts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? FlagsNotAddressed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? SafetyFlagsNotAddressed)
{
    internal static InterventionJson From(AnswerSources sources, InterventionAssessment a) => new(
        a.Intervention.Id.Value, a.Status, a.Decisive.Select(d => d.Criterion.Id).ToList(),
        Results(a.Criteria),
        a.Recommendations.Select(InterventionRecommendationJson.From).ToList(),
        a.NotAddressedBy.Select(n => new NotAddressedByJson(n.Guideline.Id.Value, sources.Key(n.Entry.Source))).ToList(),
        a.Conflicts.Select(CaseConflictJson.From).ToList(),
        Flags(a.FlagsNotAddressed),
        Flags(a.SafetyFlagsNotAddressed));

    private static CriteriaResultsJson Results(IReadOnlyList<CriterionOutcome> criteria)
    {
        List<string> met = [], notMet = [], unknown = [];
        foreach (var c in criteria)
        {
            (c.Result switch { Truth.Met => met, Truth.NotMet => notMet, _ => unknown }).Add(c.Criterion.Id);
        }

        return new CriteriaResultsJson(met, notMet, unknown);
    }

    private static List<string>? Flags(IReadOnlyList<string> flags) => flags.Count == 0 ? null : flags.Select(f => "flags." + f).ToList();
}
