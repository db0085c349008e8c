using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>Collects the reasons sources give for a disagreement between two guidelines on an intervention.</summary>
public static class ConflictReasons
{
    /// <summary>
    /// Reasons from explanations that name both guidelines (and the intervention, or no intervention), then from
    /// critique points aimed at either side: at its guideline, one of its recommendations in the conflict, or a
    /// synthesis informing one of them (see <see cref="AimsAt"/>).
    /// </summary>
    /// <param name="kb">The knowledge.</param>
    /// <param name="intervention">The intervention.</param>
    /// <param name="first">One side.</param>
    /// <param name="second">The other side.</param>
    public static IReadOnlyList<ConflictReason> For(KnowledgeBase kb, InterventionId intervention, ConflictSide first, ConflictSide second)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var reasons = kb.Explanations
            .Where(e => e.Between.Contains(first.Guideline) && e.Between.Contains(second.Guideline)
                && (e.Interventions.Count == 0 || e.Interventions.Contains(intervention)))
            .SelectMany(e => e.Reasons)
            .ToList();
        foreach (var critique in kb.Critiques.Where(c => AimsAt(kb, c, first) || AimsAt(kb, c, second)))
        {
            reasons.AddRange(critique.Points.Select(p => new ConflictReason(p.Code, $"{critique.Author}: {p.Text}", p.Source, critique.Id)));
        }

        return reasons;
    }

    /// <summary>
    /// Whether a critique is aimed at one side of a conflict: at that side's guideline, at one of the recommendations
    /// that side's positions come from, or at a synthesis informing one of them. A critique of another guideline or
    /// its evidence is no reason for this disagreement.
    /// </summary>
    private static bool AimsAt(KnowledgeBase kb, Critique critique, ConflictSide side)
    {
        var recommendations = side.Positions.Select(p => p.Recommendation.Id).ToHashSet();
        return critique.Targets.Any(t => t.Kind switch
        {
            "guideline" => t.Id == side.Guideline.Value,
            "recommendation" => recommendations.Contains(new RecommendationId(t.Id)),
            "synthesis" => kb.Syntheses.Any(s => s.Id == t.Id && s.Informs.Any(recommendations.Contains)),
            _ => false,
        });
    }
}
