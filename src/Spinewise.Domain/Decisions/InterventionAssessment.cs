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
/// <param name="SafetyFlagsNotAddressed">The safety flags (active infection, coagulopathy, pregnancy, immunocompromise) among <paramref name="FlagsNotAddressed"/>: each keeps the intervention from being a candidate (<see cref="SafetyNote"/>).</param>
/// <param name="FlagsNotAddressed">Flags the case records as true that none of the intervention's criteria tests: no source in the knowledge says how they bear on it (e.g. an active infection before a procedure whose sources list no contraindications).</param>
public sealed record InterventionAssessment(
    Intervention Intervention,
    CandidateStatus Status,
    IReadOnlyList<CriterionOutcome> Decisive,
    IReadOnlyList<CriterionOutcome> Criteria,
    IReadOnlyList<RecommendationFit> Recommendations,
    IReadOnlyList<(Guideline Guideline, NotAddressedEntry Entry)> NotAddressedBy,
    IReadOnlyList<CaseConflict> Conflicts,
    IReadOnlyList<string> FlagsNotAddressed,
    IReadOnlyList<string> SafetyFlagsNotAddressed)
{
    /// <summary>
    /// Why a recorded safety flag holds the status at undetermined, e.g. "flags.activeInfection is recorded: no source
    /// in the knowledge states whether this contraindicates the procedure", or <see langword="null"/> when none does.
    /// </summary>
    public string? SafetyNote => SafetyFlagsNotAddressed.Count == 0 ? null
        : string.Join(", ", SafetyFlagsNotAddressed.Select(f => "flags." + f)) + (SafetyFlagsNotAddressed.Count == 1 ? " is" : " are")
          + " recorded: " + Internal.SafetyFlags.NotAddressedText;
}
