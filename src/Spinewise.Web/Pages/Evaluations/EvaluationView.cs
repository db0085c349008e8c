using Spinewise.Application.Contracts.Diff;
using Spinewise.Domain;
using Spinewise.Domain.Decisions;
using Spinewise.Fhir;
using Spinewise.Persistence;

namespace Spinewise.Web.Pages.Evaluations;

/// <summary>
/// A stored evaluation as its page shows it: the record, the answer re-computed on the knowledge version it was stored
/// with, the FHIR codes that mapped to nothing, and — when the knowledge served now differs — what would change.
/// </summary>
internal sealed class EvaluationView
{
    public static readonly CandidateStatus[] Order = [CandidateStatus.Candidate, CandidateStatus.Undetermined, CandidateStatus.NotCandidate, CandidateStatus.NotAddressed];

    public required EvaluationRecord Record { get; init; }

    /// <summary>The knowledge the evaluation was made on (labels, reason codes).</summary>
    public required KnowledgeBase Knowledge { get; init; }

    public required DecisionReport Report { get; init; }

    /// <summary>Whether the input was a FHIR Bundle.</summary>
    public bool FromFhir { get; init; }

    public IReadOnlyList<UnmappedCode> Unmapped { get; init; } = [];

    /// <summary>What changed on the knowledge served now; null when it is the same version.</summary>
    public EvaluationDiffContract? Replay { get; init; }

    /// <summary>Set when the knowledge served now rejects the stored input (it then cannot be replayed).</summary>
    public string? ReplayProblem { get; init; }

    public required string CurrentVersion { get; init; }

    public IEnumerable<(CandidateStatus Status, IReadOnlyList<InterventionAssessment> Items)> Groups =>
        Order.Select(s => (s, (IReadOnlyList<InterventionAssessment>)Report.Interventions.Where(a => a.Status == s).ToList()));

    /// <summary>Whether an unknown fact decides: a procedure is undetermined, or whether a recommendation applies hangs on it.</summary>
    public bool UnknownsDecide => Report.AskNext.Count > 0
        && Report.Interventions.Any(a => a.Status == CandidateStatus.Undetermined || a.Recommendations.Any(r => r.Applies == Applicability.Unknown));

    public string Label(Domain.Vocabulary.InterventionId id) => Knowledge.FindIntervention(id)?.Label ?? id.Value;

    public static string StatusWords(CandidateStatus status) => status switch
    {
        CandidateStatus.Candidate => "candidate",
        CandidateStatus.Undetermined => "undetermined",
        CandidateStatus.NotCandidate => "not a candidate",
        _ => "selection not addressed",
    };

    public static string StatusCss(CandidateStatus status) => status switch
    {
        CandidateStatus.Candidate => "candidate",
        CandidateStatus.Undetermined => "undetermined",
        CandidateStatus.NotCandidate => "not-candidate",
        _ => "not-addressed",
    };

    public static string GroupTitle(CandidateStatus status) => status switch
    {
        CandidateStatus.Candidate => "Candidates",
        CandidateStatus.Undetermined => "Undetermined: a missing fact decides",
        CandidateStatus.NotCandidate => "Not a candidate",
        _ => "No source states selection criteria",
    };

    public static string GroupHint(CandidateStatus status) => status switch
    {
        CandidateStatus.Candidate => "Every indication and prerequisite a source states is met, and no contraindication is met or unknown.",
        CandidateStatus.Undetermined => "Nothing rules these out, but an indication, prerequisite or contraindication is unknown (or a recorded safety flag is not addressed by any source).",
        CandidateStatus.NotCandidate => "A contraindication is met, or an indication or prerequisite is not met.",
        _ => "No source in the knowledge states selection criteria for these; what guidelines say about them is still shown.",
    };
}
