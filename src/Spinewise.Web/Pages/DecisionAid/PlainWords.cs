using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Grading;

namespace Spinewise.Web.Pages.DecisionAid;

/// <summary>
/// Knowledge values in plain words for patients. These translate the vocabulary (stances, pain types, statuses,
/// reason codes); they add no clinical fact. Each reason's words paraphrase its code's description in
/// <c>knowledge/conflicts/reasons.yaml</c>.
/// </summary>
internal static class PlainWords
{
    public static string Stance(Stance stance, bool strong) => stance switch
    {
        Domain.Grading.Stance.For => strong ? "strongly supports it" : "supports it",
        Domain.Grading.Stance.Against => strong ? "strongly advises against it" : "advises against it",
        Domain.Grading.Stance.Conditional => "says it may be an option for some people",
        Domain.Grading.Stance.ConditionalAgainst => "leans against it",
        Domain.Grading.Stance.Insufficient => "says there is not enough proof to judge it",
        _ => "does not say",
    };

    public static string Pain(PainType pain) => pain switch
    {
        PainType.Axial => "back pain (axial pain)",
        _ => "nerve pain (radicular pain)",
    };

    public static string Status(CandidateStatus status) => status switch
    {
        CandidateStatus.Candidate => "From what was recorded, you meet every condition our sources set for this procedure.",
        CandidateStatus.NotCandidate => "From what was recorded, you do not meet a condition our sources set for this procedure.",
        CandidateStatus.Undetermined => "We cannot tell yet. It depends on facts that were not recorded.",
        _ => "Our sources set no conditions for this procedure.",
    };

    public static string Certainty(string? certainty) => certainty?.ToLowerInvariant() switch
    {
        null => "not stated",
        var c => c,
    };

    /// <summary>A reason guidelines differ, in plain words (from the reason code's description), or the knowledge's label for a code without them.</summary>
    public static string Reason(string code, string label) => code switch
    {
        "population-pooling" => "One group looked at each cause of back pain on its own. The other put people with different causes together.",
        "comparator" => "One group compared the procedure with a fake (sham) procedure. Others compared it with usual care or other care.",
        "outcome-threshold" => "They judged the size of the effect in different ways. One asked if it reached the smallest change that patients notice.",
        "grading-method" => "They used different ways to rate the proof.",
        "technique-fidelity" => "Critics say some studies did not do the procedure the right way.",
        "evidence-scope" => "One group used only studies that split people by chance. Others used other kinds of studies too.",
        "panel-composition" => "The groups were made of different people: patients and research experts in one, pain doctors in others.",
        "heterogeneity" => "Critics say the studies put together were too different from each other.",
        "study-selection" => "Critics say some studies were left out, or some data were taken down wrong.",
        _ => label,
    };

    public static string Kind(ConflictKind kind) => kind == ConflictKind.Direction ? "point in opposite directions" : "agree on the direction but not on how strongly";
}
