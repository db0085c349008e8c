using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions;

/// <summary>What the knowledge says about one intervention for one case.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Status">Candidate, not a candidate, undetermined or not addressed.</param>
/// <param name="Decisive">The criteria the status rests on: those not met or met (contraindications) for a non-candidate, the unknown ones for an undetermined status.</param>
/// <param name="Criteria">Every criterion with its result.</param>
/// <param name="Recommendations">Every guideline position on the intervention, with whether it applies.</param>
/// <param name="NotAddressedBy">Guidelines a source says do not address the intervention.</param>
/// <param name="Conflicts">Conflicts among the recommendations that apply or may apply.</param>
/// <param name="FlagsNotAddressed">Flags the case records as true that none of the intervention's criteria tests: no source in the knowledge says how they bear on it (e.g. an active infection before a procedure whose sources list no contraindications).</param>
public sealed record InterventionAssessment(
    Intervention Intervention,
    CandidateStatus Status,
    IReadOnlyList<CriterionOutcome> Decisive,
    IReadOnlyList<CriterionOutcome> Criteria,
    IReadOnlyList<RecommendationFit> Recommendations,
    IReadOnlyList<(Guideline Guideline, NotAddressedEntry Entry)> NotAddressedBy,
    IReadOnlyList<CaseConflict> Conflicts,
    IReadOnlyList<string> FlagsNotAddressed);
