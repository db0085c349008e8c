using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Cli.Output;

/// <summary>
/// One line of <c>recommend --cases DIR --out FILE.ndjson</c>: the same answer as <c>recommend --json</c> by id (statuses,
/// criteria results, stances with applicability and why, conflicts, questions), without the texts and sources that
/// the ids lead to, so that a population of cases stays a file of a manageable size.
/// </summary>
internal sealed record ScreeningJson(string KnowledgeVersion, string CaseId, string AsOf, IReadOnlyList<ScreeningInterventionJson> Interventions, IReadOnlyList<ScreeningQuestionJson> AskNext)
{
    public static ScreeningJson From(DecisionReport report) => new(
        report.KnowledgeVersion.Sha256, report.CaseId, report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        report.Interventions.Select(a => new ScreeningInterventionJson(
            a.Intervention.Id.Value, a.Status, a.Decisive.Select(d => d.Criterion.Id).ToList(),
            a.Criteria.Select(c => new ScreeningCriterionJson(c.Criterion.Id, c.Result)).ToList(),
            a.Recommendations.Select(r => new ScreeningRecommendationJson(r.Position.Recommendation.Id.Value, r.Position.Stance.Variant, r.Position.Stance.Stance, r.Applies, r.Why)).ToList(),
            a.Conflicts.Select(c => new ScreeningConflictJson(c.Conflict.PainType, c.Conflict.Kind, c.Applies, [c.Conflict.First.Guideline.Value, c.Conflict.Second.Guideline.Value],
                c.Conflict.Reasons.Select(r => r.Code).Distinct().ToList())).ToList(),
            a.FlagsNotAddressed.Select(f => "flags." + f).ToList())).ToList(),
        report.AskNext.Select(q => new ScreeningQuestionJson(q.Key, q.Affects.Select(i => i.Value).ToList(), q.Applicability.Select(i => i.Value).ToList())).ToList());
}

/// <summary>An intervention's answer, by id.</summary>
internal sealed record ScreeningInterventionJson(
    string Intervention, CandidateStatus Status, IReadOnlyList<string> Because, IReadOnlyList<ScreeningCriterionJson> Criteria,
    IReadOnlyList<ScreeningRecommendationJson> Recommendations, IReadOnlyList<ScreeningConflictJson> Conflicts, IReadOnlyList<string> FlagsNotAddressed);

/// <summary>A criterion's result.</summary>
internal sealed record ScreeningCriterionJson(string Criterion, Truth Result);

/// <summary>A recommendation's stance and whether it applies.</summary>
internal sealed record ScreeningRecommendationJson(string Id, string? Variant, Stance Stance, Applicability Applies, string Why);

/// <summary>A conflict that applies or may apply: the two guidelines and the reason codes.</summary>
internal sealed record ScreeningConflictJson(PainType PainType, Domain.Conflicts.ConflictKind Kind, Applicability Applies, IReadOnlyList<string> Guidelines, IReadOnlyList<string> Reasons);

/// <summary>A question, by fact key.</summary>
internal sealed record ScreeningQuestionJson(string Criterion, IReadOnlyList<string> Affects, IReadOnlyList<string> Applicability);
