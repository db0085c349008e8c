using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Evidence;

/// <summary>A clinical trial as evidence: design, arms, numbers, follow-up, outcomes, eligibility, safety and reports.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Short name (e.g. MOTION).</param>
/// <param name="Title">Title.</param>
/// <param name="Registration">Registry number, when given.</param>
/// <param name="Design">Design.</param>
/// <param name="Enrolled">Participants enrolled or randomised, when given.</param>
/// <param name="Centres">Number of centres, when given.</param>
/// <param name="Countries">Countries.</param>
/// <param name="AgeMin">Minimum age, when an eligibility limit.</param>
/// <param name="AgeMax">Maximum age, when an eligibility limit.</param>
/// <param name="Arms">Arms; their sizes add up to <paramref name="Enrolled"/>.</param>
/// <param name="FollowUp">Follow-up schedule.</param>
/// <param name="Outcomes">Outcomes measured.</param>
/// <param name="Inclusion">Inclusion criteria.</param>
/// <param name="Exclusion">Exclusion criteria.</param>
/// <param name="Safety">Safety findings, when given.</param>
/// <param name="Reports">Published reports.</param>
/// <param name="Supports">Recommendations it bears on.</param>
/// <param name="Notes">Reading notes.</param>
/// <param name="Source">Where it is described, with its verification.</param>
public sealed record Trial(
    string Id,
    string Name,
    string Title,
    string? Registration,
    TrialDesign Design,
    int? Enrolled,
    int? Centres,
    IReadOnlyList<string> Countries,
    int? AgeMin,
    int? AgeMax,
    IReadOnlyList<TrialArm> Arms,
    IReadOnlyList<FollowUpPoint> FollowUp,
    IReadOnlyList<TrialOutcome> Outcomes,
    IReadOnlyList<SourcedText> Inclusion,
    IReadOnlyList<SourcedText> Exclusion,
    SourcedText? Safety,
    IReadOnlyList<TrialReport> Reports,
    IReadOnlyList<RecommendationId> Supports,
    IReadOnlyList<string> Notes,
    SourceRef Source)
{
    /// <summary>True when any arm received the intervention.</summary>
    /// <param name="intervention">Vocabulary id.</param>
    public bool Studies(InterventionId intervention) => Arms.Any(a => a.Interventions.Contains(intervention));
}
