using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Interventions;

/// <summary>One row of the interventions list: label, category, how many guidelines address it, whether they conflict.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Guidelines">Guidelines with a recommendation naming it (about low back pain).</param>
/// <param name="NotAddressedBy">Guidelines a source says do not address it.</param>
/// <param name="Conflicts">Conflicts among their treatment recommendations.</param>
/// <param name="Trials">Trials with an arm receiving it.</param>
internal sealed record InterventionSummary(Intervention Intervention, int Guidelines, int NotAddressedBy, int Conflicts, int Trials)
{
    public static IReadOnlyList<InterventionSummary> All(KnowledgeBase kb) =>
        [.. kb.Interventions.Select(i =>
        {
            var comparison = ConflictDetector.Compare(kb, i.Id, null);
            return new InterventionSummary(
                i,
                comparison.Positions.Select(p => p.Guideline.Id).Distinct().Count(),
                comparison.NotAddressedBy.Count,
                comparison.Conflicts.Count,
                kb.Trials.Count(t => t.Studies(i.Id)));
        })];
}
