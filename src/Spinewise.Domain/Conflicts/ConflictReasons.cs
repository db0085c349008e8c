using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>Collects the reasons sources give for a disagreement between two guidelines on an intervention.</summary>
public static class ConflictReasons
{
    /// <summary>
    /// Reasons from explanations that name both guidelines (and the intervention, or no intervention), then from
    /// critique points aimed at either side: at its guideline, one of its recommendations, or a synthesis informing one.
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
        var recommendations = first.Positions.Concat(second.Positions).Select(p => p.Recommendation.Id).ToHashSet();
        var syntheses = kb.Syntheses.Where(s => s.Informs.Any(recommendations.Contains)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var guidelines = new HashSet<string>(StringComparer.Ordinal) { first.Guideline.Value, second.Guideline.Value };
        foreach (var critique in kb.Critiques)
        {
            var aimed = critique.Targets.Any(t => t.Kind switch
            {
                "guideline" => guidelines.Contains(t.Id),
                "recommendation" => recommendations.Contains(new RecommendationId(t.Id)),
                _ => syntheses.Contains(t.Id),
            });
            if (aimed)
            {
                reasons.AddRange(critique.Points.Select(p => new ConflictReason(p.Code, $"{critique.Author}: {p.Text}", p.Source)));
            }
        }

        return reasons;
    }
}
