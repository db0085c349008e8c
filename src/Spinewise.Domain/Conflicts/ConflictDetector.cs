using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>
/// Compares guidelines on one intervention. Only treatment recommendations are weighed against each other (a
/// technique or diagnostic statement is not a position on whether to treat). A conflict is a pair pointing different
/// ways (for against against, firm or conditional: <see cref="InterventionStance.Direction"/>), or a conditional or
/// insufficient position facing a strong one the same way; agreement is the same firm stance from several guidelines.
/// Reasons come only from sources: explanations naming both guidelines, and critique points aimed at either side.
/// Two positions are weighed against each other only when they can concern the same patients (their conditions
/// overlap, see <see cref="KnowledgeBase.ConditionsOf"/> and <see cref="KnowledgeBase.ConditionsOverlap"/>) and the same form of the intervention: a position on one
/// variant is not weighed against one on another variant, and a general position <em>for</em> the intervention does not
/// conflict with another guideline's position against one variant when that guideline is for some other form of it
/// (ASPN: conventional RFA for, pulsed RFA against). A general position <em>against</em> covers every variant.
/// </summary>
public static class ConflictDetector
{
    /// <summary>Compares every guideline's position on <paramref name="intervention"/>.</summary>
    /// <param name="kb">The knowledge.</param>
    /// <param name="intervention">The intervention.</param>
    /// <param name="painType">Restrict to one pain type, or <see langword="null"/> for both.</param>
    public static Comparison Compare(KnowledgeBase kb, InterventionId intervention, PainType? painType = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        PainType[] painTypes = painType is { } only ? [only] : [PainType.Axial, PainType.Radicular];
        var positions = Positions(kb, intervention)
            .Where(p => painTypes.Any(p.Recommendation.Concerns) && p.Recommendation.Details.Restrictions.ConcernsLumbar) // cervical or thoracic only: not about low back pain
            .ToList();
        var notAddressed = kb.Guidelines
            .SelectMany(g => g.Details.NotAddressed.Where(n => n.Intervention == intervention).Select(n => (g, n)))
            .ToList();
        var conflicts = new List<Conflict>();
        var agreements = new List<Agreement>();
        foreach (var pain in painTypes)
        {
            var treatment = positions.Where(p => p.Recommendation.Kind == RecommendationKind.Treatment && p.Recommendation.Concerns(pain)).ToList();
            conflicts.AddRange(FindConflicts(kb, intervention, pain, treatment));
            agreements.AddRange(FindAgreements(kb, intervention, pain, treatment));
        }

        return new Comparison(intervention, painTypes, positions, notAddressed, conflicts, agreements);
    }

    /// <summary>Every position any recommendation takes on the intervention, in knowledge order.</summary>
    /// <param name="kb">The knowledge.</param>
    /// <param name="intervention">The intervention.</param>
    public static IEnumerable<GuidelinePosition> Positions(KnowledgeBase kb, InterventionId intervention)
    {
        ArgumentNullException.ThrowIfNull(kb);
        foreach (var guideline in kb.Guidelines)
        {
            foreach (var recommendation in guideline.Recommendations)
            {
                foreach (var stance in recommendation.Interventions.Where(s => s.Intervention == intervention))
                {
                    yield return new GuidelinePosition(guideline, recommendation, stance, Weaker(recommendation.Details.Verification, stance.Verification));
                }
            }
        }
    }

    private static IEnumerable<Conflict> FindConflicts(KnowledgeBase kb, InterventionId intervention, PainType pain, List<GuidelinePosition> positions)
    {
        var byGuideline = positions.GroupBy(p => p.Guideline.Id).ToList();
        for (var i = 0; i < byGuideline.Count; i++)
        {
            for (var j = i + 1; j < byGuideline.Count; j++)
            {
                foreach (var kind in new[] { ConflictKind.Direction, ConflictKind.Strength })
                {
                    var (first, second) = (byGuideline[i].ToList(), byGuideline[j].ToList());
                    var pairs = first.SelectMany(a => second.Where(b => Conflicts(a, b, kind) && Comparable(kb, a, b, first, second)).Select(b => (a, b))).ToList();
                    if (pairs.Count == 0)
                    {
                        continue;
                    }

                    var one = new ConflictSide(byGuideline[i].Key, pairs.Select(p => p.a).Distinct().ToList());
                    var other = new ConflictSide(byGuideline[j].Key, pairs.Select(p => p.b).Distinct().ToList());
                    yield return new Conflict(intervention, pain, kind, one, other, ConflictReasons.For(kb, intervention, one, other));
                }
            }
        }
    }

    /// <summary>
    /// A direction conflict when the two point different ways, firm or conditional (a conditional recommendation for
    /// facing one against is a disagreement on direction, not on strength); a strength conflict when they do not point
    /// different ways and one is conditional or finds the evidence insufficient while the other is strong.
    /// </summary>
    private static bool Conflicts(GuidelinePosition a, GuidelinePosition b, ConflictKind kind)
    {
        var opposite = a.Stance.Direction is { } da && b.Stance.Direction is { } db && da != db;
        return kind switch
        {
            ConflictKind.Direction => opposite,
            _ => !opposite && ((a.IsWeakOrInsufficient && b.IsStrong) || (b.IsWeakOrInsufficient && a.IsStrong)),
        };
    }

    /// <summary>Whether two positions of different guidelines concern the same patients and the same form of the intervention.</summary>
    private static bool Comparable(KnowledgeBase kb, GuidelinePosition a, GuidelinePosition b, List<GuidelinePosition> ofA, List<GuidelinePosition> ofB)
    {
        if (!kb.ConditionsOverlap(kb.ConditionsOf(a.Recommendation), kb.ConditionsOf(b.Recommendation)))
        {
            return false;
        }

        if (Duration(a) is { } da && Duration(b) is { } db && (da == PainDuration.Chronic) != (db == PainDuration.Chronic))
        {
            return false; // acute pain and chronic pain: no patient is in both populations
        }

        var (va, vb) = (a.Stance.Variant, b.Stance.Variant);
        if (va is not null && vb is not null)
        {
            return va == vb;
        }

        if (va is null && vb is null)
        {
            return true;
        }

        // One general, one variant-specific: a general "for" (firm or conditional) is not contradicted by an "against"
        // one variant from a guideline that is itself for another form of the intervention.
        var (general, specific, specificGuideline) = va is null ? (a, b, ofB) : (b, a, ofA);
        return !(general.Stance.Direction == Stance.For && specific.Stance.Direction == Stance.Against
            && specificGuideline.Any(p => p.Stance.Direction == Stance.For && p.Stance.Variant != specific.Stance.Variant));
    }

    /// <summary>The pain duration a position concerns: its statement's, else its guideline population's (a minimum duration means chronic).</summary>
    private static PainDuration? Duration(GuidelinePosition p) =>
        p.Recommendation.Details.Duration ?? p.Guideline.Details.Population?.Duration
        ?? (p.Guideline.Details.Population?.MinimumDurationMonths is not null ? PainDuration.Chronic : null);

    private static IEnumerable<Agreement> FindAgreements(KnowledgeBase kb, InterventionId intervention, PainType pain, List<GuidelinePosition> positions)
    {
        foreach (var stance in new[] { Stance.For, Stance.Against })
        {
            var same = positions.Where(p => p.Stance.Stance == stance).ToList();
            var agreeing = same.Where(p => same.Any(q => q.Guideline.Id != p.Guideline.Id
                && Comparable(kb, p, q, same.Where(x => x.Guideline.Id == p.Guideline.Id).ToList(), same.Where(x => x.Guideline.Id == q.Guideline.Id).ToList())))
                .ToList();
            if (agreeing.Select(p => p.Guideline.Id).Distinct().Count() >= 2)
            {
                yield return new Agreement(intervention, pain, stance, agreeing);
            }
        }
    }

    private static Verification Weaker(Verification a, Verification b) => (Verification)Math.Max((int)a, (int)b);
}
